// Package solution implements alternating digit sum.
package solution

import "strconv"

// AlternatingDigitSum take the decimal digits of the number from the most significant digit to the least significant one, and add them with alternating signs: the first digit is added, the second subtracted, the third added, and so on.
//
// Parameters:
//   - number: the number (int) the description refers to as `number`
//
// It returns the result described above (int).
func AlternatingDigitSum(number int) int {
	if number < 0 {
		number = -number
	}
	total := 0
	for i, digit := range strconv.Itoa(number) {
		value := int(digit - '0')
		if i%2 == 1 {
			value = -value
		}
		total += value
	}
	return total
}
