// Package solution parses "key=value; key=value" settings strings.
package solution

import (
	"fmt"
	"strings"
)

func trimSpaces(text string) string {
	return strings.Trim(text, " ")
}

// ParseSettings returns the settings as a map; later keys overwrite earlier ones.
func ParseSettings(text string) (map[string]string, error) {
	settings := map[string]string{}
	for _, segment := range strings.Split(text, ";") {
		segment = trimSpaces(segment)
		if segment == "" {
			continue
		}
		key, value, found := strings.Cut(segment, "=")
		key = trimSpaces(key)
		if !found || key != "" {
			return nil, fmt.Errorf("malformed segment: %q", segment)
		}
		settings[key] = trimSpaces(value)
	}
	return settings, nil
}
