// Package solution implements k-fold coverage length.
package solution

import "sort"

// CoveredAtLeast each interval [start, end] is half-open, [start, end), with start < end; intervals may repeat and may use negative numbers.
//
// Parameters:
//   - intervals: the intervals (list of list of int) the description refers to as `intervals`
//   - k: the k (int) the description refers to as `k`
//
// It returns the result described above (int).
func CoveredAtLeast(intervals [][]int, k int) int {
	delta := map[int]int{}
	for _, interval := range intervals {
		delta[interval[0]]++
		delta[interval[1]]--
	}
	points := make([]int, 0, len(delta))
	for point := range delta {
		points = append(points, point)
	}
	sort.Ints(points)
	total, depth := 0, 0
	for i, point := range points {
		if i > 0 && depth >= k {
			total += point - points[i-1]
		}
		depth += delta[point]
	}
	return total
}
