// Package solution implements direction of a sequence.
package solution

// SortDirection classify the order of a list of integers.
//
// Parameters:
//   - values: the values (list of int) the description refers to as `values`
//
// It returns the result described above (string).
func SortDirection(values []int) string {
	rising, falling := false, false
	for i := 1; i < len(values); i++ {
		if values[i] > values[i-1] {
			rising = true
		} else if values[i] < values[i-1] {
			falling = true
		}
	}
	switch {
	case rising && falling:
		return "mixed"
	case rising:
		return "ascending"
	case falling:
		return "descending"
	default:
		return "constant"
	}
}
