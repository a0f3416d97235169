package solution

import "errors"

const ellipsis = "..."

func TruncateText(text string, maxLength int) (string, error) {
	if maxLength < len(ellipsis) {
		return "", errors.New("max_length must be at least 3")
	}
	if len(text) <= maxLength {
		return text, nil
	}
	return text[:maxLength-len(ellipsis)] + ellipsis, nil
}
