// Package solution applies title capitalisation that keeps minor words in lower case.
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

// HeadlineCase capitalises every word except minor words inside the title.
func HeadlineCase(title string) string {
	if title == "" {
		return ""
	}
	words := strings.Split(title, " ")
	last := len(words) - 2
	for i, word := range words {
		words[i] = formatWord(word, i == 0 || i == last)
	}
	return strings.Join(words, " ")
}
