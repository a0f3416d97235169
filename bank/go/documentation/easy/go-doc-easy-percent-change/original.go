package solution

import (
	"errors"
	"math"
)

func PercentChange(old float64, new float64) (float64, error) {
	if old == 0 {
		return 0, errors.New("old must not be zero")
	}
	return (new - old) / math.Abs(old) * 100, nil
}
