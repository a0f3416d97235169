// Package solution measures the time two people are busy at once.
package solution

import "sort"

func merge(intervals [][]int) [][]int {
	sorted := append([][]int(nil), intervals...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i][0] < sorted[j][0] })
	var merged [][]int
	for _, interval := range sorted {
		last := len(merged) - 1
		if last >= 0 && interval[0] <= merged[last][1] {
			if interval[1] > merged[last][1] {
				merged[last][1] = interval[1]
			}
			continue
		}
		merged = append(merged, []int{interval[0], interval[1]})
	}
	return merged
}

// SharedBusyTime returns the total length of time during which both people are busy.
func SharedBusyTime(first [][]int, second [][]int) int {
	a, b := merge(first), merge(second)
	total := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		start, end := a[i][0], a[i][1]
		if b[j][0] > start {
			start = b[j][0]
		}
		if b[j][1] < end {
			end = b[j][1]
		}
		if end > start {
			total += end - start
		}
		if a[i][1] < b[j][1] {
			i++
		} else {
			j++
		}
	}
	return total
}
