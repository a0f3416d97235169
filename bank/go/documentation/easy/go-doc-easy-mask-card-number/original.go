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
