// Package solution implements parse a settings string.
package solution

import (
	"fmt"
	"strings"
)

func trimSpaces(text string) string {
	return strings.Trim(text, " ")
}

// ParseSettings parse a settings string such as "a=1; b = two ;c=" into a map from keys to values.
//
// Parameters:
//   - text: the text (string) the description refers to as `text`
//
// It returns the result described above (map of string).
// It returns an error when a non-empty segment has no '=' or an empty key.
func ParseSettings(text string) (map[string]string, error) {
	settings := map[string]string{}
	for _, segment := range strings.Split(text, ";") {
		segment = trimSpaces(segment)
		if segment == "" {
			continue
		}
		key, value, found := strings.Cut(segment, "=")
		key = trimSpaces(key)
		if !found || key == "" {
			return nil, fmt.Errorf("malformed segment: %q", segment)
		}
		settings[key] = trimSpaces(value)
	}
	return settings, nil
}
