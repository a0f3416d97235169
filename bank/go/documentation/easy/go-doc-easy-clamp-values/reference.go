// Package solution implements clamp values into a range.
package solution

import "errors"

// ClampValues return a new list in which every value is limited to the closed range [low, high]: a value below `low` becomes `low`, a value above `high` becomes `high`, and a value inside the range (bounds included) is kept.
//
// Parameters:
//   - values: the values (list of int) the description refers to as `values`
//   - low: the low (int) the description refers to as `low`
//   - high: the high (int) the description refers to as `high`
//
// It returns the result described above (list of int).
// It returns an error when low is greater than high.
func ClampValues(values []int, low int, high int) ([]int, error) {
	if low > high {
		return nil, errors.New("low must not be greater than high")
	}
	clamped := make([]int, len(values))
	for i, value := range values {
		switch {
		case value < low:
			clamped[i] = low
		case value > high:
			clamped[i] = high
		default:
			clamped[i] = value
		}
	}
	return clamped, nil
}
