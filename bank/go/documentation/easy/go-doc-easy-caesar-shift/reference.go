// Package solution implements shift letters around the alphabet.
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

// CaesarShift move every ASCII letter of the text `shift` places forward in the alphabet, wrapping around from "z" back to "a" (and from "Z" back to "A").
//
// Parameters:
//   - text: the text (string) the description refers to as `text`
//   - shift: the shift (int) the description refers to as `shift`
//
// It returns the result described above (string).
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
