package solution

func SecondLargestDistinct(values []int) *int {
	if len(values) == 0 {
		return nil
	}
	top := values[0]
	for _, value := range values {
		if value > top {
			top = value
		}
	}
	var second *int
	for i, value := range values {
		if value < top && (second == nil || value > *second) {
			second = &values[i]
		}
	}
	if second == nil {
		return nil
	}
	result := *second
	return &result
}
