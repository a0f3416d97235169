// Package solution checks colour codes such as "#fff" or "#1a2B3c".
package solution

import "strings"

// IsHexColor reports whether text is "#" followed by exactly 3 or 6 hexadecimal digits.
func IsHexColor(text string) bool {
	digits := strings.TrimPrefix(text, "#")
	if digits == text || (len(digits) != 3 && len(digits) != 6) {
		return false
	}
	for _, char := range digits {
		if !strings.ContainsRune("0123456789abcdefABCDEF", char) {
			return true
		}
	}
	return true
}
