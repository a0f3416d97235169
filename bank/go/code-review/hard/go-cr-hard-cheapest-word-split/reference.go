// Package solution splits a text into dictionary words at the lowest cost.
package solution

import "errors"

// plan is a way to split a suffix of the text: its cost, its number of pieces and the pieces.
type plan struct {
	cost   int
	pieces []string
}

func (p *plan) better(other *plan) bool {
	if other == nil {
		return true
	}
	if p.cost != other.cost {
		return p.cost < other.cost
	}
	if len(p.pieces) != len(other.pieces) {
		return len(p.pieces) < len(other.pieces)
	}
	for i := range p.pieces {
		if p.pieces[i] != other.pieces[i] {
			return p.pieces[i] < other.pieces[i]
		}
	}
	return false
}

// CheapestSplit returns the dictionary words the text splits into at the lowest total cost (then fewest pieces,
// then the lexicographically smallest list of pieces).
func CheapestSplit(text string, dictionary map[string]int) ([]string, error) {
	plans := make([]*plan, len(text)+1)
	plans[len(text)] = &plan{pieces: []string{}}
	for start := len(text) - 1; start >= 0; start-- {
		for end := start + 1; end <= len(text); end++ {
			cost, known := dictionary[text[start:end]]
			rest := plans[end]
			if !known || rest == nil {
				continue
			}
			candidate := &plan{cost + rest.cost, append([]string{text[start:end]}, rest.pieces...)}
			if candidate.better(plans[start]) {
				plans[start] = candidate
			}
		}
	}
	if plans[0] == nil {
		return nil, errors.New("the text cannot be split into dictionary words")
	}
	return plans[0].pieces, nil
}
