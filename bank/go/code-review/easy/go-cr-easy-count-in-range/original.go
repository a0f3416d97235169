// Package solution counts the values that lie in a closed range.
package solution

// CountInRange counts the values v with low <= v <= high.
func CountInRange(values []int, low int, high int) int {
	count := 0
	for _, value := range values {
		if value >= low && value < high {
			count++
		}
	}
	return count
}
