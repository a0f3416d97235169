// Package solution shortens texts, marking the cut with "...".
package solution

import "errors"

const ellipsis = "..."

// TruncateText returns text when it fits in maxLength, else its start followed by "..." in maxLength characters.
func TruncateText(text string, maxLength int) (string, error) {
	if maxLength < len(ellipsis) {
		return "", errors.New("max_length must be at least 3")
	}
	if len(text) <= maxLength {
		return text, nil
	}
	return text[:maxLength-len(ellipsis)] + ellipsis, nil
}
