// Package solution labels numbers by the divisors that divide them.
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
	if len(divisors) == len(labels) {
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

// CustomFizzLabels returns the labels of the numbers 1 to n.
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
