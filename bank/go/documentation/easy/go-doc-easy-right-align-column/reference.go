// Package solution implements right-align a column.
package solution

import "strings"

// RightAlign right-align a column of strings: pad every string on the left with spaces until it is as long as the longest string of the list, and return the padded strings in the original order.
//
// Parameters:
//   - lines: the lines (list of string) the description refers to as `lines`
//
// It returns the result described above (list of string).
func RightAlign(lines []string) []string {
	width := 0
	for _, line := range lines {
		if len(line) > width {
			width = len(line)
		}
	}
	aligned := make([]string, len(lines))
	for i, line := range lines {
		aligned[i] = strings.Repeat(" ", width-len(line)) + line
	}
	return aligned
}
