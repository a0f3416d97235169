package solution

import "strings"

type node struct {
	children              map[rune]*node
	words, distinct, ends int
}

func newNode() *node {
	return &node{children: map[rune]*node{}}
}

func path(root *node, text string, create bool) []*node {
	nodes := []*node{root}
	current := root
	for _, char := range text {
		next, ok := current.children[char]
		if !ok {
			if !create {
				return nil
			}
			next = newNode()
			current.children[char] = next
		}
		current = next
		nodes = append(nodes, current)
	}
	return nodes
}

func add(root *node, word string) {
	nodes := path(root, word, true)
	last := nodes[len(nodes)-1]
	isNew := last.ends == 0
	for _, n := range nodes {
		n.words++
		if isNew {
			n.distinct++
		}
	}
	last.ends++
}

func remove(root *node, word string) {
	nodes := path(root, word, false)
	if nodes == nil || nodes[len(nodes)-1].ends == 0 {
		return
	}
	last := nodes[len(nodes)-1]
	last.ends--
	for _, n := range nodes {
		n.words--
		if last.ends == 0 {
			n.distinct--
		}
	}
}

func PrefixTally(ops []string) []int {
	root := newNode()
	answers := []int{}
	for _, op := range ops {
		fields := strings.Fields(op)
		switch fields[0] {
		case "add":
			add(root, fields[1])
		case "del":
			remove(root, fields[1])
		default:
			nodes := path(root, fields[1], false)
			answer := 0
			if nodes != nil {
				answer = nodes[len(nodes)-1].words
				if fields[0] != "count" {
					answer = nodes[len(nodes)-1].distinct
				}
			}
			answers = append(answers, answer)
		}
	}
	return answers
}
