// Package solution finds the free slots of a day between busy intervals.
package solution

import "sort"

// FreeSlots returns the free intervals of [dayStart, dayEnd] at least minLength long.
func FreeSlots(busy [][]int, dayStart int, dayEnd int, minLength int) [][]int {
	sorted := append([][]int(nil), busy...)
	sort.Slice(sorted, func(i, j int) bool {
		if sorted[i][0] != sorted[j][0] {
			return sorted[i][0] < sorted[j][0]
		}
		return sorted[i][1] < sorted[j][1]
	})
	var slots [][]int
	cursor := dayStart
	for _, interval := range sorted {
		if interval[0] > cursor {
			slots = append(slots, []int{cursor, min(interval[0], dayEnd)})
		}
		cursor = max(cursor, interval[1])
		if cursor >= dayEnd {
			break
		}
	}
	if cursor < dayEnd {
		slots = append(slots, []int{cursor, dayEnd})
	}
	result := [][]int{}
	for _, slot := range slots {
		if slot[1]-slot[0] >= minLength {
			result = append(result, slot)
		}
	}
	return result
}

func min(a, b int) int {
	if a < b {
		return a
	}
	return b
}

func max(a, b int) int {
	if a > b {
		return a
	}
	return b
}
