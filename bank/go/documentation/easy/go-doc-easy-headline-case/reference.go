// Package solution implements headline capitalisation.
package solution

import "strings"

var minorWords = map[string]bool{
	"a": true, "an": true, "and": true, "the": true, "of": true,
	"in": true, "on": true, "or": true, "to": true,
}

func formatWord(word string, isEdge bool) string {
	lower := strings.ToLower(word)
	if minorWords[lower] && !isEdge {
		return lower
	}
	runes := []rune(lower)
	if len(runes) == 0 {
		return ""
	}
	return strings.ToUpper(string(runes[:1])) + string(runes[1:])
}

// HeadlineCase capitalise a title.
//
// Parameters:
//   - title: the title (string) the description refers to as `title`
//
// It returns the result described above (string).
func HeadlineCase(title string) string {
	if title == "" {
		return ""
	}
	words := strings.Split(title, " ")
	last := len(words) - 1
	for i, word := range words {
		words[i] = formatWord(word, i == 0 || i == last)
	}
	return strings.Join(words, " ")
}
