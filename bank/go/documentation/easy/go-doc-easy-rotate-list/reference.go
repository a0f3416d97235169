// Package solution implements rotate a list.
package solution

// RotateList rotate the list to the right by `steps` positions: each element moves `steps` places towards the end, and elements that fall off the end come back at the start.
//
// Parameters:
//   - values: the values (list of int) the description refers to as `values`
//   - steps: the steps (int) the description refers to as `steps`
//
// It returns the result described above (list of int).
func RotateList(values []int, steps int) []int {
	n := len(values)
	result := make([]int, n)
	if n == 0 {
		return result
	}
	shift := ((steps % n) + n) % n
	for i, value := range values {
		result[(i+shift)%n] = value
	}
	return result
}
