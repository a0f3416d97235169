// Package solution implements mask a card number.
package solution

import (
	"errors"
	"fmt"
	"strings"
)

func isDigit(r rune) bool {
	return r >= '0' && r <= '9'
}

func countDigits(number string) (int, error) {
	digits := 0
	for _, r := range number {
		switch {
		case isDigit(r):
			digits++
		case r != ' ' && r != '-':
			return 0, fmt.Errorf("unexpected character in %q", number)
		}
	}
	return digits, nil
}

// MaskCardNumber mask a card number for display.
//
// Parameters:
//   - number: the number (string) the description refers to as `number`
//   - visible: the visible (int) the description refers to as `visible`
//
// It returns the result described above (string).
// It returns an error when the number holds a character other than a digit, a space or a dash, or visible is negative.
func MaskCardNumber(number string, visible int) (string, error) {
	if visible < 0 {
		return "", errors.New("visible must not be negative")
	}
	digits, err := countDigits(number)
	if err != nil {
		return "", err
	}
	toMask := digits - visible
	var b strings.Builder
	for _, r := range number {
		if isDigit(r) && toMask > 0 {
			b.WriteByte('*')
			toMask--
		} else {
			b.WriteRune(r)
		}
	}
	return b.String(), nil
}
