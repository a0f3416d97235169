package solution

import "strings"

func IsHexColor(text string) bool {
	digits := strings.TrimPrefix(text, "#")
	if digits == text || (len(digits) != 3 && len(digits) != 6) {
		return false
	}
	for _, char := range digits {
		if !strings.ContainsRune("0123456789abcdefABCDEF", char) {
			return false
		}
	}
	return true
}
