// Package solution implements steps to a single digit.
package solution

func digitSum(number int) int {
	sum := 0
	for ; number > 0; number /= 10 {
		sum += number % 10
	}
	return sum
}

// DigitSumSteps repeatedly replace a number by the sum of its decimal digits until it has a single digit, and return how many replacements that took.
//
// Parameters:
//   - n: the n (int) the description refers to as `n`
//
// It returns the result described above (int).
func DigitSumSteps(n int) int {
	number := n
	if number < 0 {
		number = -number
	}
	steps := 0
	for number >= 10 {
		number = digitSum(number)
		steps++
	}
	return steps
}
