// Package solution computes the mean absolute deviation of values.
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

// MeanAbsoluteDeviation returns the mean distance of the values from their mean.
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
