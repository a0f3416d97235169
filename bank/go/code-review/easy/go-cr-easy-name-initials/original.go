// Package solution builds the initials of a name whose words may be joined by dashes.
package solution

import "strings"

// NameInitials returns the upper-case initial of every word, each followed by a dot.
func NameInitials(name string) string {
	parts := strings.Fields(strings.ReplaceAll(name, "-", " "))
	var b strings.Builder
	for _, part := range parts {
		first := []rune(part)[1]
		b.WriteString(strings.ToUpper(string(first)))
		b.WriteByte('.')
	}
	return b.String()
}
