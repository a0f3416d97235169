package solution

import (
	"container/heap"
	"errors"
	"fmt"
)

type edge struct{ to, minutes int }

type item struct{ cost, node int }

type minHeap []item

func (h minHeap) Len() int            { return len(h) }
func (h minHeap) Less(i, j int) bool  { return h[i].cost < h[j].cost }
func (h minHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *minHeap) Push(x interface{}) { *h = append(*h, x.(item)) }
func (h *minHeap) Pop() interface{} {
	old := *h
	last := old[len(old)-1]
	*h = old[:len(old)-1]
	return last
}

func validate(n int, edges [][]int, source, target int) error {
	if n < 1 {
		return errors.New("there must be at least one depot")
	}
	inRange := func(node int) bool { return node >= 0 && node < n }
	if !inRange(source) || !inRange(target) {
		return errors.New("source or target out of range")
	}
	for _, e := range edges {
		if len(e) != 3 {
			return fmt.Errorf("malformed edge %v", e)
		}
		if !inRange(e[0]) || !inRange(e[1]) {
			return fmt.Errorf("edge %v uses an unknown depot", e)
		}
		if e[2] < 1 {
			return fmt.Errorf("edge %v has a non-positive travel time", e)
		}
	}
	return nil
}

func distancesTo(target int, incoming [][]edge) []int {
	dist := make([]int, len(incoming))
	for i := range dist {
		dist[i] = -1
	}
	dist[target] = 0
	queue := &minHeap{{0, target}}
	for queue.Len() > 0 {
		current := heap.Pop(queue).(item)
		if current.cost != dist[current.node] {
			continue
		}
		for _, e := range incoming[current.node] {
			candidate := current.cost + e.minutes
			if dist[e.to] < 0 || candidate < dist[e.to] {
				dist[e.to] = candidate
				heap.Push(queue, item{candidate, e.to})
			}
		}
	}
	return dist
}

func CheapestRoute(n int, edges [][]int, source int, target int) ([]int, error) {
	if err := validate(n, edges, source, target); err != nil {
		return nil, err
	}
	outgoing := make([][]edge, n)
	incoming := make([][]edge, n)
	for _, e := range edges {
		outgoing[e[0]] = append(outgoing[e[0]], edge{e[1], e[2]})
		incoming[e[1]] = append(incoming[e[1]], edge{e[0], e[2]})
	}
	dist := distancesTo(target, incoming)
	if dist[source] < 0 {
		return []int{}, nil
	}
	route := []int{source}
	for node := source; node != target; route = append(route, node) {
		next := -1
		for _, e := range outgoing[node] {
			if dist[e.to] >= 0 && dist[e.to]+e.minutes == dist[node] && (next < 0 || e.to < next) {
				next = e.to
			}
		}
		node = next
	}
	return route, nil
}
