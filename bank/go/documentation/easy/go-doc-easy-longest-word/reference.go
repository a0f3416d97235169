// Package solution implements longest word.
package solution

import "strings"

// LongestWord return the longest word of the text.
//
// Parameters:
//   - text: the text (string) the description refers to as `text`
//
// It returns the result described above (string).
func LongestWord(text string) string {
	longest := ""
	for _, word := range strings.Split(text, " ") {
		if len(word) > len(longest) {
			longest = word
		}
	}
	return longest
}
