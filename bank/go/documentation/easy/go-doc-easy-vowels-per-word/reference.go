// Package solution implements vowels per word.
package solution

import "strings"

// VowelsPerWord split the text into words and count the vowels in each one.
//
// Parameters:
//   - text: the text (string) the description refers to as `text`
//
// It returns the result described above (list of int).
func VowelsPerWord(text string) []int {
	counts := []int{}
	for _, word := range strings.Split(text, " ") {
		if word == "" {
			continue
		}
		count := 0
		for _, r := range word {
			if strings.ContainsRune("aeiouAEIOU", r) {
				count++
			}
		}
		counts = append(counts, count)
	}
	return counts
}
