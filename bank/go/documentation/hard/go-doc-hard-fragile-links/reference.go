// Package solution implements fragile network links.
package solution

import "sort"

type link struct{ other, id int }

type frame struct{ node, via, next int }

type bridgeSearch struct {
	neighbours [][]link
	order, low []int
	counter    int
	bridges    [][]int
}

func (s *bridgeSearch) discover(node, via int) frame {
	s.counter++
	s.order[node], s.low[node] = s.counter, s.counter
	return frame{node, via, 0}
}

func (s *bridgeSearch) retreat(stack []frame) []frame {
	node := stack[len(stack)-1].node
	stack = stack[:len(stack)-1]
	if len(stack) == 0 {
		return stack
	}
	parent := stack[len(stack)-1].node
	if s.low[node] < s.low[parent] {
		s.low[parent] = s.low[node]
	}
	if s.low[node] > s.order[parent] {
		bridge := []int{parent, node}
		sort.Ints(bridge)
		s.bridges = append(s.bridges, bridge)
	}
	return stack
}

func (s *bridgeSearch) explore(root int) {
	stack := []frame{s.discover(root, -1)}
	for len(stack) > 0 {
		top := &stack[len(stack)-1]
		if top.next == len(s.neighbours[top.node]) {
			stack = s.retreat(stack)
			continue
		}
		step := s.neighbours[top.node][top.next]
		top.next++
		if step.id == top.via {
			continue
		}
		if s.order[step.other] == 0 {
			stack = append(stack, s.discover(step.other, step.id))
		} else if s.order[step.other] < s.low[top.node] {
			s.low[top.node] = s.order[step.other]
		}
	}
}

// FragileLinks A network has n nodes numbered 0 to n-1 (n >= 0) and undirected links [a, b] between nodes in that range; links may repeat and may join a node to itself.
//
// Parameters:
//   - n: the n (int) the description refers to as `n`
//   - links: the links (list of list of int) the description refers to as `links`
//
// It returns the result described above (list of list of int).
func FragileLinks(n int, links [][]int) [][]int {
	s := &bridgeSearch{neighbours: make([][]link, n), order: make([]int, n), low: make([]int, n), bridges: [][]int{}}
	for id, l := range links {
		s.neighbours[l[0]] = append(s.neighbours[l[0]], link{l[1], id})
		s.neighbours[l[1]] = append(s.neighbours[l[1]], link{l[0], id})
	}
	for node := 0; node < n; node++ {
		if s.order[node] == 0 {
			s.explore(node)
		}
	}
	sort.Slice(s.bridges, func(i, j int) bool {
		if s.bridges[i][0] != s.bridges[j][0] {
			return s.bridges[i][0] < s.bridges[j][0]
		}
		return s.bridges[i][1] < s.bridges[j][1]
	})
	return s.bridges
}
