// Package solution counts the vowels of every space-separated word.
package solution

import "strings"

// VowelsPerWord returns the number of vowels in each non-empty word.
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
