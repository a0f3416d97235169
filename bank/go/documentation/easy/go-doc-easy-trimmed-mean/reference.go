// Package solution implements mean without the extremes.
package solution

import "fmt"

const minValues = 3

// TrimmedMean return the arithmetic mean of the values after removing one occurrence of the smallest value and one occurrence of the largest value.
//
// Parameters:
//   - values: the values (list of float) the description refers to as `values`
//
// It returns the result described above (float).
// It returns an error when there are fewer than three values.
func TrimmedMean(values []float64) (float64, error) {
	if len(values) < minValues {
		return 0, fmt.Errorf("need at least %d values, got %d", minValues, len(values))
	}
	sum, lowest, highest := 0.0, values[0], values[0]
	for _, value := range values {
		sum += value
		if value < lowest {
			lowest = value
		}
		if value > highest {
			highest = value
		}
	}
	return (sum - lowest - highest) / float64(len(values)-2), nil
}
