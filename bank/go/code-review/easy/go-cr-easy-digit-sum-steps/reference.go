// Package solution counts digit-sum replacements until a single digit remains.
package solution

func digitSum(number int) int {
	sum := 0
	for ; number > 0; number /= 10 {
		sum += number % 10
	}
	return sum
}

// DigitSumSteps returns how many digit-sum replacements bring n down to a single digit.
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
