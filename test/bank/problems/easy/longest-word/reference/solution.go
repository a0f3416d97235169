package solution

import "strings"

func LongestWord(text string, atLeast int) *string {
	var best *string
	for _, word := range strings.Fields(text) {
		word := word
		if best == nil || len(word) > len(*best) {
			best = &word
		}
	}
	if best == nil || len(*best) < atLeast {
		return nil
	}
	return best
}
