package solution

import (
	"container/heap"
	"strconv"
	"strings"
)

type event struct {
	time int
	text string
}

type head struct{ time, stream, position int }

type headHeap []head

func (h headHeap) Len() int { return len(h) }
func (h headHeap) Less(i, j int) bool {
	if h[i].time != h[j].time {
		return h[i].time < h[j].time
	}
	if h[i].stream != h[j].stream {
		return h[i].stream < h[j].stream
	}
	return h[i].position < h[j].position
}
func (h headHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *headHeap) Push(x interface{}) { *h = append(*h, x.(head)) }
func (h *headHeap) Pop() interface{} {
	old := *h
	last := old[len(old)-1]
	*h = old[:len(old)-1]
	return last
}

func parseEvent(entry string) event {
	time, text, _ := strings.Cut(entry, " ")
	value, _ := strconv.Atoi(time)
	return event{value, text}
}

func MergeStreams(streams [][]string) []string {
	parsed := make([][]event, len(streams))
	heads := &headHeap{}
	for i, stream := range streams {
		for _, entry := range stream {
			parsed[i] = append(parsed[i], parseEvent(entry))
		}
		if len(parsed[i]) > 0 {
			heap.Push(heads, head{parsed[i][0].time, i, 0})
		}
	}
	merged := []string{}
	for heads.Len() > 0 {
		next := heap.Pop(heads).(head)
		stream := parsed[next.stream]
		merged = append(merged, strconv.Itoa(next.stream)+":"+stream[next.position].text)
		if next.position+1 < len(stream) {
			heap.Push(heads, head{stream[next.position+1].time, next.stream, next.position + 1})
		}
	}
	return merged
}
