package solution

func LongestRisingStreak(values []int) int {
	if len(values) == 0 {
		return 0
	}
	best, current := 1, 1
	for i := 1; i < len(values); i++ {
		if values[i] > values[i-1] {
			current++
		} else {
			current = 1
		}
		if current > best {
			best = current
		}
	}
	return best
}
