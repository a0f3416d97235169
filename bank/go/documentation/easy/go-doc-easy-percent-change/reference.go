// Package solution implements percentage change.
package solution

import (
	"errors"
	"math"
)

// PercentChange return the change from `old` to `new` as a percentage of the size of `old`: (new - old) / |old| * 100.
//
// Parameters:
//   - old: the old (float) the description refers to as `old`
//   - new: the new (float) the description refers to as `new`
//
// It returns the result described above (float).
// It returns an error when old is zero.
func PercentChange(old float64, new float64) (float64, error) {
	if old == 0 {
		return 0, errors.New("old must not be zero")
	}
	return (new - old) / math.Abs(old) * 100, nil
}
