package solution

import "strings"

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
