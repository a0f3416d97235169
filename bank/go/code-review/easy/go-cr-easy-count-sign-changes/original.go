// Package solution counts the sign changes along a list.
package solution

// CountSignChanges counts how often consecutive non-zero values differ in sign (zeros are skipped).
func CountSignChanges(values []int) int {
	changes, previous := 0, 0
	for _, value := range values {
		if value == 0 {
			continue
		}
		if previous != 1 && (previous > 0) != (value > 0) {
			changes++
		}
		previous = value
	}
	return changes
}
