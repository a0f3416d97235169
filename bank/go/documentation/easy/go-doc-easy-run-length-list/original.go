package solution

func RunLengthList(values []int) [][]int {
	runs := [][]int{}
	for _, value := range values {
		last := len(runs) - 1
		if last >= 0 && runs[last][0] == value {
			runs[last][1]++
		} else {
			runs = append(runs, []int{value, 1})
		}
	}
	return runs
}
