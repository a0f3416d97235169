// Package solution implements alternating capitals.
package solution

import (
	"strings"
	"unicode"
)

func isASCIILetter(char rune) bool {
	return (char >= 'a' && char <= 'z') || (char >= 'A' && char <= 'Z')
}

// AlternatingCaps rewrite the letters of the text so that they alternate between upper and lower case: the first letter is upper case, the second lower case, the third upper case, and so on, whatever their case in the input.
//
// Parameters:
//   - text: the text (string) the description refers to as `text`
//
// It returns the result described above (string).
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
