// Package solution builds a histogram of word lengths, keyed by the length as a string.
package solution

import (
	"regexp"
	"strconv"
)

var wordPattern = regexp.MustCompile(`[A-Za-z]+`)

// WordLengthHistogram counts the words (runs of ASCII letters) of each length.
func WordLengthHistogram(text string) map[string]int {
	histogram := map[string]int{}
	for _, word := range wordPattern.FindAllString(text, -1) {
		histogram[strconv.Itoa(len(word))]++
	}
	return histogram
}
