package solution

import "strings"

func WrapWords(text string, width int) []string {
	lines := []string{}
	var current []string
	length := 0
	for _, word := range strings.Split(text, " ") {
		if word == "" {
			continue
		}
		if len(current) > 0 && length+1+len(word) > width {
			lines = append(lines, strings.Join(current, " "))
			current, length = nil, 0
		}
		if len(current) > 0 {
			length++
		}
		length += len(word)
		current = append(current, word)
	}
	if len(current) > 0 {
		lines = append(lines, strings.Join(current, " "))
	}
	return lines
}
