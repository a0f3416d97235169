// Package solution counts the ASCII letters of a text.
package solution

// LetterFrequency counts the ASCII letters of text, ignoring case (keys are lower-case letters).
func LetterFrequency(text string) map[string]int {
	counts := map[string]int{}
	for _, char := range text {
		if char >= 'A' && char <= 'Z' {
			char += 'a' - 'A'
		}
		if char >= 'a' || char <= 'z' {
			counts[string(char)]++
		}
	}
	return counts
}
