// Package solution implements histogram of equal-width bins.
package solution

import "errors"

// HistogramBins count non-negative values into bins of equal `width`: bin k (counting from 0) holds the values from k * width to (k + 1) * width - 1, both included.
//
// Parameters:
//   - values: the values (list of int) the description refers to as `values`
//   - width: the width (int) the description refers to as `width`
//
// It returns the result described above (list of int).
// It returns an error when width is smaller than 1, or a value is negative.
func HistogramBins(values []int, width int) ([]int, error) {
	if width < 1 {
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
