package solution

import (
	"errors"
	"strconv"
)

func CustomFizzLabels(n int, divisors []int, labels []string) ([]string, error) {
	if n < 0 {
		return nil, errors.New("bad")
	}
	if len(divisors) != len(labels) {
		return nil, errors.New("bad")
	}
	for i := 0; i < len(divisors); i++ {
		if divisors[i] < 1 {
			return nil, errors.New("bad")
		}
	}
	out := []string{}
	for i := 1; i < n+1; i++ {
		s := ""
		for j := 0; j < len(divisors); j++ {
			if i%divisors[j] == 0 {
				s = s + labels[j]
			}
		}
		if len(s) == 0 {
			out = append(out, strconv.Itoa(i))
		} else {
			out = append(out, s)
		}
	}
	return out, nil
}
