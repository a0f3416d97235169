// Package solution splits a CSV line into fields, honouring double-quoted fields.
package solution

import (
	"errors"
	"fmt"
	"strings"
)

// readQuoted reads the quoted field opening at line[start]: its value and the index after its closing quote.
func readQuoted(line string, start int) (string, int, error) {
	var parts []string
	position := start + 1
	for {
		closing := strings.IndexByte(line[position:], '"')
		if closing < 0 {
			return "", 0, errors.New("unterminated quoted field")
		}
		closing += position
		parts = append(parts, line[position:closing])
		if !strings.HasPrefix(line[closing:], `""`) {
			return strings.Join(parts, `"`), closing + 1, nil
		}
		position = closing + 2
	}
}

func readField(line string, start int) (string, int, error) {
	if strings.HasPrefix(line[start:], `"`) {
		value, end, err := readQuoted(line, start)
		if err == nil && end < len(line) && line[end] != ',' {
			err = fmt.Errorf("unexpected character after closing quote at %d", end)
		}
		return value, end, err
	}
	end := strings.IndexByte(line[start:], ',')
	if end < 0 {
		return line[start:], len(line), nil
	}
	return line[start : start+end], start + end, nil
}

// SplitCsvLine returns the fields of one CSV line.
func SplitCsvLine(line string) ([]string, error) {
	var fields []string
	position := 0
	for {
		value, end, err := readField(line, position)
		if err != nil {
			return nil, err
		}
		fields = append(fields, value)
		if end >= len(line) {
			return fields, nil
		}
		position = end + 1
	}
}
