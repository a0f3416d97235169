package solution

import (
	"strings"
	"unicode"
)

func isASCIILetter(char rune) bool {
	return (char >= 'a' && char <= 'z') || (char >= 'A' && char <= 'Z')
}

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
