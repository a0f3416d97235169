// Package solution implements count values in a range.
package solution

// CountInRange count the values that lie in the closed range [low, high], that is, the values v with low <= v <= high (both bounds included).
//
// Parameters:
//   - values: the values (list of int) the description refers to as `values`
//   - low: the low (int) the description refers to as `low`
//   - high: the high (int) the description refers to as `high`
//
// It returns the result described above (int).
func CountInRange(values []int, low int, high int) int {
	count := 0
	for _, value := range values {
		if value >= low && value <= high {
			count++
		}
	}
	return count
}
