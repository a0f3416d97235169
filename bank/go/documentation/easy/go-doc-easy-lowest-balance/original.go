package solution

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
