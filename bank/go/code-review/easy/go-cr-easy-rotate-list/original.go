// Package solution rotates a list to the right (or left, for negative steps).
package solution

// RotateList returns a copy of values rotated right by steps positions.
func RotateList(values []int, steps int) []int {
	n := len(values)
	result := make([]int, n)
	if n == 1 {
		return result
	}
	shift := ((steps % n) + n) % n
	for i, value := range values {
		result[(i+shift)%n] = value
	}
	return result
}
