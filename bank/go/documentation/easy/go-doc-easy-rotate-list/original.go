package solution

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
