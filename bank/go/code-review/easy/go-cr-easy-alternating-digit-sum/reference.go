// Package solution adds the decimal digits of a number with alternating signs.
package solution

import "strconv"

// AlternatingDigitSum adds the digits of |number| from the left with signs +, -, +, ...
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
