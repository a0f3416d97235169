package solution

func LongestStableWindow(readings []int, tolerance int) int {
	best := 0
	for i := 0; i < len(readings); i++ {
		mx := readings[i]
		mn := readings[i]
		for j := i; j < len(readings); j++ {
			if readings[j] > mx {
				mx = readings[j]
			}
			if readings[j] < mn {
				mn = readings[j]
			}
			if mx-mn > tolerance {
				break
			}
			if j-i+1 > best {
				best = j - i + 1
			}
		}
	}
	return best
}
