// Package solution computes the run-length encoding of a list of integers.
package solution

// RunLengthList returns [value, count] for every run of equal adjacent values.
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
