// Package solution sums consecutive, non-overlapping pairs of a list.
package solution

// PairSums returns the sum of each pair; a trailing single element stays on its own.
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
