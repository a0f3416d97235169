package solution

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
