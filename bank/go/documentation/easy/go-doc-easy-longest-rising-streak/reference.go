// Package solution implements longest rising streak.
package solution

// LongestRisingStreak return the length of the longest stretch of adjacent elements in which every element is strictly greater than the one before it.
//
// Parameters:
//   - values: the values (list of int) the description refers to as `values`
//
// It returns the result described above (int).
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
