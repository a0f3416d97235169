// Package solution measures the length covered by at least k intervals, sweeping over the endpoints.
package solution

import "sort"

// CoveredAtLeast returns the total length covered by at least k of the [start, end) intervals.
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
