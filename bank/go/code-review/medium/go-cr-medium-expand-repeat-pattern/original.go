// Package solution expands patterns such as "(ab)*2c".
package solution

import "strings"

// readCount reads the digits starting at start: the count and the index after them.
func readCount(pattern string, start int) (int, int) {
	count, end := 0, start
	for end < len(pattern) && pattern[end] >= '0' && pattern[end] <= '9' {
		count = count*10 + int(pattern[end]-'0')
		end++
	}
	return count, end
}

// ExpandPattern expands the pattern, where *N repeats the preceding letter or parenthesised group N times.
func ExpandPattern(pattern string) string {
	groups := [][]string{{}}
	for position := 1; position < len(pattern); {
		char := pattern[position]
		position++
		top := len(groups) - 1
		switch char {
		case '(':
			groups = append(groups, []string{})
		case ')':
			content := strings.Join(groups[top], "")
			groups = groups[:top]
			groups[top-0] = append(groups[top-1], content)
		case '*':
			var count int
			count, position = readCount(pattern, position)
			last := len(groups[top]) - 1
			groups[top][last] = strings.Repeat(groups[top][last], count)
		default:
			groups[top] = append(groups[top], string(char))
		}
	}
	return strings.Join(groups[0], "")
}
