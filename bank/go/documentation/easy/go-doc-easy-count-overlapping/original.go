package solution

import (
	"errors"
	"strings"
)

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
