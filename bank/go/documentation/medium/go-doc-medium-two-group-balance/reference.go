// Package solution implements balance weights between two groups.
package solution

// MinSplitDifference put each of the non-negative integer `weights` (at most 20 of them) into exactly one of two groups; a group may be empty.
//
// Parameters:
//   - weights: the weights (list of int) the description refers to as `weights`
//
// It returns the result described above (int).
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
