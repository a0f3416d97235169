// Package solution implements cheapest word split.
package solution

import "errors"

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

// CheapestSplit split `text` into consecutive pieces that are all keys of `dictionary` (each piece may be used any number of times; every key maps to a cost of at least 0), so that the pieces concatenated give back `text`.
//
// Parameters:
//   - text: the text (string) the description refers to as `text`
//   - dictionary: the dictionary (map of int) the description refers to as `dictionary`
//
// It returns the result described above (list of string).
// It returns an error when the text cannot be split into dictionary words.
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
