package solution

import "strings"

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
