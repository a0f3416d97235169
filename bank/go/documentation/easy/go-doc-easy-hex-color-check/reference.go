// Package solution implements check a hex colour code.
package solution

import "strings"

// IsHexColor decide whether the text is a hex colour code: a "#" followed by exactly 3 or exactly 6 hexadecimal digits, where a hexadecimal digit is 0 to 9, a to f or A to F (upper and lower case may be mixed).
//
// Parameters:
//   - text: the text (string) the description refers to as `text`
//
// It returns the result described above (bool).
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
