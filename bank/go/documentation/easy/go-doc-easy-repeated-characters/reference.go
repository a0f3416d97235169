// Package solution implements repeated characters.
package solution

import "strings"

// RepeatedCharacters return the characters that occur more than once in the text, each written once, in the order of their first occurrence in the text.
//
// Parameters:
//   - text: the text (string) the description refers to as `text`
//
// It returns the result described above (string).
func RepeatedCharacters(text string) string {
	counts := map[rune]int{}
	var order []rune
	for _, char := range text {
		if counts[char] == 0 {
			order = append(order, char)
		}
		counts[char]++
	}
	var repeated strings.Builder
	for _, char := range order {
		if counts[char] > 1 {
			repeated.WriteRune(char)
		}
	}
	return repeated.String()
}
