// Package solution implements snake case to camel case.
package solution

import "strings"

// SnakeToCamel convert a snake_case name to camelCase.
//
// Parameters:
//   - name: the name (string) the description refers to as `name`
//
// It returns the result described above (string).
func SnakeToCamel(name string) string {
	var camel strings.Builder
	for _, piece := range strings.Split(name, "_") {
		if piece == "" {
			continue
		}
		piece = strings.ToLower(piece)
		if camel.Len() > 0 {
			piece = strings.ToUpper(piece[:1]) + piece[1:]
		}
		camel.WriteString(piece)
	}
	return camel.String()
}
