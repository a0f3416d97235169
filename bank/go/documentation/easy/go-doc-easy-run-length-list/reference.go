// Package solution implements run-length encode a list.
package solution

// RunLengthList encode a list of integers by runs: every maximal stretch of equal adjacent values becomes a pair [value, count], where count is the length of the stretch.
//
// Parameters:
//   - values: the values (list of int) the description refers to as `values`
//
// It returns the result described above (list of list of int).
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
