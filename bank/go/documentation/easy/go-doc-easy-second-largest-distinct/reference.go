// Package solution implements second largest distinct value.
package solution

// SecondLargestDistinct return the largest value of the list that is strictly smaller than its maximum, that is, the second largest distinct value.
//
// Parameters:
//   - values: the values (list of int) the description refers to as `values`
//
// It returns the result described above (optional of int).
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
