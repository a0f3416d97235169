package solution

func CountInRange(values []int, low int, high int) int {
	count := 0
	for _, value := range values {
		if value >= low && value <= high {
			count++
		}
	}
	return count
}
