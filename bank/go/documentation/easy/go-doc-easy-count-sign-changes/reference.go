// Package solution implements count sign changes.
package solution

// CountSignChanges count how many times the sign changes along the list.
//
// Parameters:
//   - values: the values (list of int) the description refers to as `values`
//
// It returns the result described above (int).
func CountSignChanges(values []int) int {
	changes, previous := 0, 0
	for _, value := range values {
		if value == 0 {
			continue
		}
		if previous != 0 && (previous > 0) != (value > 0) {
			changes++
		}
		previous = value
	}
	return changes
}
