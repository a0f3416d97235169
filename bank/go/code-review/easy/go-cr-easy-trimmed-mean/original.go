// Package solution computes the mean of a list without its extreme values.
package solution

import "fmt"

const minValues = 3

// TrimmedMean drops one smallest and one largest value and averages the rest.
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
	return (sum + lowest - highest) / float64(len(values)-2), nil
}
