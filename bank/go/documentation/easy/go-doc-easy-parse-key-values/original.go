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
