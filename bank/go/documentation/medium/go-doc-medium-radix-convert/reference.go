// Package solution implements convert between number bases.
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

// ConvertBase convert the integer written in `number` from base `from_base` to base `to_base`; both bases are between 2 and 36 inclusive.
//
// Parameters:
//   - number: the number (string) the description refers to as `number`
//   - fromBase: the from base (int) the description refers to as `from_base`
//   - toBase: the to base (int) the description refers to as `to_base`
//
// It returns the result described above (string).
// It returns an error when a base is outside 2..36, the number has no digits, or a character is not a valid digit in from_base.
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
