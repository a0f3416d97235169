// Package solution implements labels from custom divisors.
package solution

import (
	"errors"
	"strconv"
	"strings"
)

func validate(n int, divisors []int, labels []string) error {
	if n < 0 {
		return errors.New("n must not be negative")
	}
	if len(divisors) != len(labels) {
		return errors.New("divisors and labels must have the same length")
	}
	for _, divisor := range divisors {
		if divisor < 1 {
			return errors.New("every divisor must be at least 1")
		}
	}
	return nil
}

func label(number int, divisors []int, labels []string) string {
	var text strings.Builder
	for i, divisor := range divisors {
		if number%divisor == 0 {
			text.WriteString(labels[i])
		}
	}
	if text.Len() == 0 {
		return strconv.Itoa(number)
	}
	return text.String()
}

// CustomFizzLabels label the numbers 1 to n.
//
// Parameters:
//   - n: the n (int) the description refers to as `n`
//   - divisors: the divisors (list of int) the description refers to as `divisors`
//   - labels: the labels (list of string) the description refers to as `labels`
//
// It returns the result described above (list of string).
// It returns an error when n is negative, the lists have different lengths, or a divisor is smaller than 1.
func CustomFizzLabels(n int, divisors []int, labels []string) ([]string, error) {
	if err := validate(n, divisors, labels); err != nil {
		return nil, err
	}
	result := make([]string, 0, n)
	for number := 1; number <= n; number++ {
		result = append(result, label(number, divisors, labels))
	}
	return result, nil
}
