// Package solution implements mean absolute deviation.
package solution

import (
	"errors"
	"math"
)

func mean(values []float64) float64 {
	total := 0.0
	for _, value := range values {
		total += value
	}
	return total / float64(len(values))
}

// MeanAbsoluteDeviation return the mean absolute deviation of the values: first compute their arithmetic mean, then the distance (the absolute difference) of every value from that mean, and return the arithmetic mean of those distances.
//
// Parameters:
//   - values: the values (list of int) the description refers to as `values`
//
// It returns the result described above (float).
// It returns an error when the list is empty.
func MeanAbsoluteDeviation(values []int) (float64, error) {
	if len(values) == 0 {
		return 0, errors.New("values must not be empty")
	}
	numbers := make([]float64, len(values))
	for i, value := range values {
		numbers[i] = float64(value)
	}
	center := mean(numbers)
	distances := make([]float64, len(numbers))
	for i, value := range numbers {
		distances[i] = math.Abs(value - center)
	}
	return mean(distances), nil
}
