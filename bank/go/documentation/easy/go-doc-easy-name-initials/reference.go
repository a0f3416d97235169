// Package solution implements initials of a name.
package solution

import "strings"

// NameInitials build the initials of a name.
//
// Parameters:
//   - name: the name (string) the description refers to as `name`
//
// It returns the result described above (string).
func NameInitials(name string) string {
	parts := strings.Fields(strings.ReplaceAll(name, "-", " "))
	var b strings.Builder
	for _, part := range parts {
		first := []rune(part)[0]
		b.WriteString(strings.ToUpper(string(first)))
		b.WriteByte('.')
	}
	return b.String()
}
