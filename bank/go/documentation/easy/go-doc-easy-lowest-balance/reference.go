// Package solution implements lowest running balance.
package solution

// LowestBalance an account starts at `start` and the `changes` are applied to it one after another (a positive change is a deposit, a negative one a withdrawal).
//
// Parameters:
//   - start: the start (int) the description refers to as `start`
//   - changes: the changes (list of int) the description refers to as `changes`
//
// It returns the result described above (int).
func LowestBalance(start int, changes []int) int {
	balance, lowest := start, start
	for _, change := range changes {
		balance += change
		if balance < lowest {
			lowest = balance
		}
	}
	return lowest
}
