package solution

var openerOf = map[rune]rune{')': '(', ']': '[', '}': '{'}

func isOpener(char rune) bool {
	return char == '(' || char == '[' || char == '{'
}

func FirstBadBracket(text string) int {
	var open []int
	for index, char := range text {
		if isOpener(char) {
			open = append(open, index)
			continue
		}
		opener, closes := openerOf[char]
		if !closes {
			continue
		}
		if len(open) == 0 || rune(text[open[len(open)-1]]) != opener {
			return index
		}
		open = open[:len(open)-1]
	}
	if len(open) > 0 {
		return open[0]
	}
	return -1
}
