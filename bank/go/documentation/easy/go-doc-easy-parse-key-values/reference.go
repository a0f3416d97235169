// Package solution implements parse integer settings.
package solution

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

var integerPattern = regexp.MustCompile(`^-?[0-9]+$`)

func parsePair(piece string) (string, int, error) {
	key, value, found := strings.Cut(piece, "=")
	key, value = strings.TrimSpace(key), strings.TrimSpace(value)
	if !found || key == "" {
		return "", 0, fmt.Errorf("not a key=value pair: %q", piece)
	}
	if !integerPattern.MatchString(value) {
		return "", 0, fmt.Errorf("value of %q is not an integer: %q", key, value)
	}
	number, err := strconv.Atoi(value)
	if err != nil {
		return "", 0, err
	}
	return key, number, nil
}

// ParseKeyValues parse settings written as "key=value" pairs separated by semicolons, such as "width=40;height=-3", into a map from key to integer value.
//
// Parameters:
//   - text: the text (string) the description refers to as `text`
//
// It returns the result described above (map of int).
// It returns an error when a piece has no "=", an empty key, or a value that is not an integer.
func ParseKeyValues(text string) (map[string]int, error) {
	result := map[string]int{}
	if strings.TrimSpace(text) == "" {
		return result, nil
	}
	for _, piece := range strings.Split(text, ";") {
		key, value, err := parsePair(piece)
		if err != nil {
			return nil, err
		}
		result[key] = value
	}
	return result, nil
}
