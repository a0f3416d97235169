// Package solution alternates the case of the letters of a text.
package solution

import (
	"strings"
	"unicode"
)

func isASCIILetter(r rune) bool {
	return (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z')
}

// AlternatingCaps upper-cases the first letter, lower-cases the next, and so on.
func AlternatingCaps(text string) string {
	var b strings.Builder
	upperNext := true
	for _, r := range text {
		if isASCIILetter(r) {
			if upperNext {
				r = unicode.ToUpper(r)
			} else {
				r = unicode.ToLower(r)
			}
			upperNext = !upperNext
		}
		b.WriteRune(r)
	}
	return b.String()
}
