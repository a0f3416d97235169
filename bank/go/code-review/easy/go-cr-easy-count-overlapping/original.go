// Package solution counts occurrences of a pattern, overlapping ones included.
package solution

import (
	"errors"
	"strings"
)

// CountOverlapping returns how many positions of text start an occurrence of pattern.
func CountOverlapping(text string, pattern string) (int, error) {
	if pattern == "" {
		return 0, errors.New("pattern must not be empty")
	}
	count := 0
	for start := range text {
		if strings.HasSuffix(text[start:], pattern) {
			count++
		}
	}
	return count, nil
}
