// Package solution implements weighted check digit.
package solution

import "fmt"

// WeightedCheckDigit compute the check digit of a string of decimal digits.
//
// Parameters:
//   - digits: the digits (string) the description refers to as `digits`
//
// It returns the result described above (int).
// It returns an error when the string is empty or holds a character other than 0 to 9.
func WeightedCheckDigit(digits string) (int, error) {
	if digits == "" {
		return 0, fmt.Errorf("not a digit string: %q", digits)
	}
	total := 0
	for i := len(digits) - 1; i >= 0; i-- {
		char := digits[i]
		if char < '0' || char > '9' {
			return 0, fmt.Errorf("not a digit string: %q", digits)
		}
		total += (len(digits) - i) * int(char-'0')
	}
	return (10 - total%10) % 10, nil
}
