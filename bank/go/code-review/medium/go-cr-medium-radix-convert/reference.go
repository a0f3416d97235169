// Package solution converts integer strings between bases 2..36.
package solution

import (
	"errors"
	"fmt"
	"strings"
)

const digits = "0123456789abcdefghijklmnopqrstuvwxyz"

func checkBase(base int) error {
	if base < 2 || base > 36 {
		return fmt.Errorf("base out of range: %d", base)
	}
	return nil
}

func parse(text string, base int) (int, error) {
	if text == "" {
		return 0, errors.New("no digits")
	}
	value := 0
	for _, char := range strings.ToLower(text) {
		digit := strings.IndexRune(digits, char)
		if digit < 0 || digit >= base {
			return 0, fmt.Errorf("invalid digit %q for base %d", char, base)
		}
		value = value*base + digit
	}
	return value, nil
}

func format(value, base int) string {
	var out []byte
	for {
		out = append([]byte{digits[value%base]}, out...)
		value /= base
		if value == 0 {
			return string(out)
		}
	}
}

// ConvertBase rewrites number (optionally negative) from fromBase to toBase, in lower-case digits.
func ConvertBase(number string, fromBase int, toBase int) (string, error) {
	if err := checkBase(fromBase); err != nil {
		return "", err
	}
	if err := checkBase(toBase); err != nil {
		return "", err
	}
	negative := strings.HasPrefix(number, "-")
	magnitude, err := parse(strings.TrimPrefix(number, "-"), fromBase)
	if err != nil {
		return "", err
	}
	if negative && magnitude != 0 {
		return "-" + format(magnitude, toBase), nil
	}
	return format(magnitude, toBase), nil
}
