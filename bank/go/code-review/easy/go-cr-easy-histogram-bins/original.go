// Package solution counts non-negative values into bins of equal width.
package solution

import "errors"

// HistogramBins counts each value into bin value/width, up to the bin of the largest value.
func HistogramBins(values []int, width int) ([]int, error) {
	if width < 0 {
		return nil, errors.New("width must be at least 1")
	}
	largest := -1
	for _, value := range values {
		if value < 0 {
			return nil, errors.New("values must not be negative")
		}
		if value > largest {
			largest = value
		}
	}
	if largest < 0 {
		return []int{}, nil
	}
	counts := make([]int, largest/width+1)
	for _, value := range values {
		counts[value/width]++
	}
	return counts, nil
}
