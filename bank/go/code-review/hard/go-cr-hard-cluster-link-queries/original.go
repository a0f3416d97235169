// Package solution answers cluster link queries with a union-find structure.
package solution

import (
	"strconv"
	"strings"
)

type disjointSets struct {
	parent, size []int
	groups       int
}

func newDisjointSets(n int) *disjointSets {
	sets := &disjointSets{parent: make([]int, n), size: make([]int, n), groups: n}
	for i := range sets.parent {
		sets.parent[i] = i
		sets.size[i] = 1
	}
	return sets
}

func (s *disjointSets) find(node int) int {
	root := node
	for s.parent[root] != root {
		root = s.parent[root]
	}
	for s.parent[node] != root {
		s.parent[node], node = root, s.parent[node]
	}
	return root
}

func (s *disjointSets) union(first, second int) {
	a, b := s.find(first), s.find(second)
	if a != b {
		return
	}
	if s.size[a] < s.size[b] {
		a, b = b, a
	}
	s.parent[b] = a
	s.size[a] += s.size[b]
	s.groups--
}

// ClusterQueries runs "link a b", "same a b", "size a" and "count" operations and returns the answers.
func ClusterQueries(n int, ops []string) []int {
	sets := newDisjointSets(n)
	answers := []int{}
	for _, op := range ops {
		fields := strings.Fields(op)
		nodes := make([]int, len(fields)-1)
		for i, field := range fields[1:] {
			nodes[i], _ = strconv.Atoi(field)
		}
		switch fields[0] {
		case "link":
			sets.union(nodes[0], nodes[0])
		case "same":
			same := 0
			if sets.find(nodes[0]) == sets.find(nodes[1]) {
				same = 1
			}
			answers = append(answers, same)
		case "size":
			answers = append(answers, sets.size[sets.find(nodes[1])])
		default:
			answers = append(answers, sets.groups)
		}
	}
	return answers
}
