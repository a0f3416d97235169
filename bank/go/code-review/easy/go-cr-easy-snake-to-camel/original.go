// Package solution converts snake_case names to camelCase.
package solution

import "strings"

// SnakeToCamel lower-cases the pieces between underscores, capitalises all but the first and joins them.
func SnakeToCamel(name string) string {
	var camel strings.Builder
	for _, piece := range strings.Split(name, "_") {
		if piece != "" {
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
