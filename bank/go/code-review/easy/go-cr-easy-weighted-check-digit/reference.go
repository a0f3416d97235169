// Package solution computes a position-weighted check digit.
package solution

import "fmt"

// WeightedCheckDigit weights digits by their position from the right (starting at 1)
// and returns the digit that brings the total to a multiple of ten.
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
