// Package solution finds the lowest balance an account reaches.
package solution

// LowestBalance returns the lowest balance reached from start while changes are applied in order.
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
