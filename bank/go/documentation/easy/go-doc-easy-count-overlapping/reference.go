// Package solution implements count overlapping occurrences.
package solution

import (
	"errors"
	"strings"
)

// CountOverlapping count the positions of `text` at which `pattern` starts, counting occurrences that overlap: in "aaaa" the pattern "aa" occurs 3 times.
//
// Parameters:
//   - text: the text (string) the description refers to as `text`
//   - pattern: the pattern (string) the description refers to as `pattern`
//
// It returns the result described above (int).
// It returns an error when the pattern is empty.
func CountOverlapping(text string, pattern string) (int, error) {
	if pattern == "" {
		return 0, errors.New("pattern must not be empty")
	}
	count := 0
	for start := range text {
		if strings.HasPrefix(text[start:], pattern) {
			count++
		}
	}
	return count, nil
}
