// Package solution implements meeting room assignment.
package solution

import (
	"container/heap"
	"sort"
)

type intHeap []int

func (h intHeap) Len() int            { return len(h) }
func (h intHeap) Less(i, j int) bool  { return h[i] < h[j] }
func (h intHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *intHeap) Push(x interface{}) { *h = append(*h, x.(int)) }
func (h *intHeap) Pop() interface{} {
	old := *h
	last := old[len(old)-1]
	*h = old[:len(old)-1]
	return last
}

type busyRoom struct{ end, room int }

type busyHeap []busyRoom

func (h busyHeap) Len() int { return len(h) }
func (h busyHeap) Less(i, j int) bool {
	return h[i].end < h[j].end || (h[i].end == h[j].end && h[i].room < h[j].room)
}
func (h busyHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *busyHeap) Push(x interface{}) { *h = append(*h, x.(busyRoom)) }
func (h *busyHeap) Pop() interface{} {
	old := *h
	last := old[len(old)-1]
	*h = old[:len(old)-1]
	return last
}

// AssignRooms meetings[i] = [start, end] is a half-open time interval [start, end) with start < end.
//
// Parameters:
//   - meetings: the meetings (list of list of int) the description refers to as `meetings`
//
// It returns the result described above (list of int).
func AssignRooms(meetings [][]int) []int {
	order := make([]int, len(meetings))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return meetings[order[a]][0] < meetings[order[b]][0] })
	free := &intHeap{}
	busy := &busyHeap{}
	rooms := make([]int, len(meetings))
	opened := 0
	for _, index := range order {
		start, end := meetings[index][0], meetings[index][1]
		for busy.Len() > 0 && (*busy)[0].end <= start {
			heap.Push(free, heap.Pop(busy).(busyRoom).room)
		}
		room := opened
		if free.Len() > 0 {
			room = heap.Pop(free).(int)
		} else {
			opened++
		}
		rooms[index] = room
		heap.Push(busy, busyRoom{end, room})
	}
	return rooms
}
