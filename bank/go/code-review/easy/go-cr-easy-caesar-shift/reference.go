// Package solution shifts the ASCII letters of a text around the alphabet.
package solution

import "strings"

const alphabetSize = 26

func shiftFrom(char rune, first rune, shift int) rune {
	offset := (int(char-first) + shift) % alphabetSize
	if offset < 0 {
		offset += alphabetSize
	}
	return first + rune(offset)
}

// CaesarShift moves every ASCII letter shift places along the alphabet, keeping its case.
func CaesarShift(text string, shift int) string {
	return strings.Map(func(char rune) rune {
		switch {
		case char >= 'a' && char <= 'z':
			return shiftFrom(char, 'a', shift)
		case char >= 'A' && char <= 'Z':
			return shiftFrom(char, 'A', shift)
		}
		return char
	}, text)
}
