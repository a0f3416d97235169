package solution

import "strings"

func LongestWord(text string) string {
	longest := ""
	for _, word := range strings.Split(text, " ") {
		if len(word) > len(longest) {
			longest = word
		}
	}
	return longest
}
