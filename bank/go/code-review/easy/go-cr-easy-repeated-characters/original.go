// Package solution lists the characters of a text that occur more than once.
package solution

import "strings"

// RepeatedCharacters returns the characters occurring more than once, in order of first occurrence.
func RepeatedCharacters(text string) string {
	counts := map[rune]int{}
	var order []rune
	for _, char := range text {
		if counts[char] == 1 {
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
