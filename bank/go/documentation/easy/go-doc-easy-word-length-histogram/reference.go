// Package solution implements word length histogram.
package solution

import (
	"regexp"
	"strconv"
)

var wordPattern = regexp.MustCompile(`[A-Za-z]+`)

// WordLengthHistogram count the words of the text by length.
//
// Parameters:
//   - text: the text (string) the description refers to as `text`
//
// It returns the result described above (map of int).
func WordLengthHistogram(text string) map[string]int {
	histogram := map[string]int{}
	for _, word := range wordPattern.FindAllString(text, -1) {
		histogram[strconv.Itoa(len(word))]++
	}
	return histogram
}
