package solution

import "errors"

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
