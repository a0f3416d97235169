package solution

import (
	"regexp"
	"strconv"
)

var wordPattern = regexp.MustCompile(`[A-Za-z]+`)

func WordLengthHistogram(text string) map[string]int {
	histogram := map[string]int{}
	for _, word := range wordPattern.FindAllString(text, -1) {
		histogram[strconv.Itoa(len(word))]++
	}
	return histogram
}
