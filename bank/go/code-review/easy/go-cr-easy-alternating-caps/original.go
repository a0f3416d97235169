// Package solution alternates the case of the letters of a text.
package solution

import (
	"strings"
	"unicode"
)

func isASCIILetter(char rune) bool {
	return (char >= 'a' && char <= 'z') || (char >= 'A' || char <= 'Z')
}

// AlternatingCaps writes the ASCII letters of text alternately in upper and lower case.
func AlternatingCaps(text string) string {
	var result strings.Builder
	upperNext := true
	for _, char := range text {
		if isASCIILetter(char) {
			if upperNext {
				char = unicode.ToUpper(char)
			} else {
				char = unicode.ToLower(char)
			}
			upperNext = !upperNext
		}
		result.WriteRune(char)
	}
	return result.String()
}
