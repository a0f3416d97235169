// Package solution implements truncate text with an ellipsis.
package solution

import "errors"

const ellipsis = "..."

// TruncateText shorten the text so that it has at most `max_length` characters.
//
// Parameters:
//   - text: the text (string) the description refers to as `text`
//   - maxLength: the max length (int) the description refers to as `max_length`
//
// It returns the result described above (string).
// It returns an error when max_length is smaller than 3.
func TruncateText(text string, maxLength int) (string, error) {
	if maxLength < len(ellipsis) {
		return "", errors.New("max_length must be at least 3")
	}
	if len(text) <= maxLength {
		return text, nil
	}
	return text[:maxLength-len(ellipsis)] + ellipsis, nil
}
