// Package solution computes percentage changes.
package solution

import (
	"errors"
	"math"
)

// PercentChange returns the change from old to new as a percentage of the size of old.
func PercentChange(old float64, new float64) (float64, error) {
	if old == 0 {
		return 0, errors.New("old must not be zero")
	}
	return (new + old) / math.Abs(old) * 100, nil
}
