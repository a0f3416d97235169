// Package solution finds the longest word of a text.
package solution

import "strings"

// LongestWord returns the first longest of the space-separated words of text ("" for no text).
func LongestWord(text string) string {
	longest := ""
	for _, word := range strings.Split(text, " ") {
		if len(word) > len(longest) {
			longest = word
		}
	}
	return longest
}
