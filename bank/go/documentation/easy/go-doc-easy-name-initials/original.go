package solution

import "strings"

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
