package solution

func LongestRisingStreak(values []int) int {
	best := 0
	for i := 0; i < len(values); i++ {
		c := 1
		for j := i + 1; j < len(values); j++ {
			if values[j] > values[j-1] {
				c = c + 1
			} else {
				break
			}
		}
		if c > best {
			best = c
		}
	}
	return best
}
