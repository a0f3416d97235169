// Package solution implements interleave two strings.
package solution

import "strings"

// InterleaveStrings merge two strings by taking their characters alternately, starting with the first string: the first character of `first`, then the first character of `second`, then the second character of `first`, and so on.
//
// Parameters:
//   - first: the first (string) the description refers to as `first`
//   - second: the second (string) the description refers to as `second`
//
// It returns the result described above (string).
func InterleaveStrings(first string, second string) string {
	a, b := []rune(first), []rune(second)
	var merged strings.Builder
	for i := 0; i < len(a) || i < len(b); i++ {
		if i < len(a) {
			merged.WriteRune(a[i])
		}
		if i < len(b) {
			merged.WriteRune(b[i])
		}
	}
	return merged.String()
}
