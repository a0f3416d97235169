// Package solution implements sums of neighbouring pairs.
package solution

// PairSums group the list into consecutive pairs that do not overlap (the 1st with the 2nd element, the 3rd with the 4th, and so on) and return the sum of each pair, in order.
//
// Parameters:
//   - values: the values (list of int) the description refers to as `values`
//
// It returns the result described above (list of int).
func PairSums(values []int) []int {
	sums := make([]int, 0, (len(values)+1)/2)
	for start := 0; start < len(values); start += 2 {
		sum := values[start]
		if start+1 < len(values) {
			sum += values[start+1]
		}
		sums = append(sums, sum)
	}
	return sums
}
