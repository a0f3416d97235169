package solution

func MinSplitDifference(weights []int) int {
	reachable := map[int]bool{0: true}
	grandTotal := 0
	for _, weight := range weights {
		grandTotal += weight
		next := make(map[int]bool, 2*len(reachable))
		for total := range reachable {
			next[total] = true
			next[total+weight] = true
		}
		reachable = next
	}
	best := -1
	for total := range reachable {
		difference := grandTotal - 2*total
		if difference < 0 {
			difference = -difference
		}
		if best < 0 || difference < best {
			best = difference
		}
	}
	return best
}
