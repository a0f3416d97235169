package solution

import "errors"

func Average(values []float64) (float64, error) {
	if len(values) == 0 {
		return 0, errors.New("no values")
	}
	sum := 0.0
	for _, value := range values {
		sum += value
	}
	return sum / float64(len(values)), nil
}
