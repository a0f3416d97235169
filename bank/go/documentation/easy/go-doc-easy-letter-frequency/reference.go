// Package solution implements letter frequency.
package solution

// LetterFrequency count how often each ASCII letter occurs in the text, ignoring case: "A" and "a" both count as "a".
//
// Parameters:
//   - text: the text (string) the description refers to as `text`
//
// It returns the result described above (map of int).
func LetterFrequency(text string) map[string]int {
	counts := map[string]int{}
	for _, char := range text {
		if char >= 'A' && char <= 'Z' {
			char += 'a' - 'A'
		}
		if char >= 'a' && char <= 'z' {
			counts[string(char)]++
		}
	}
	return counts
}
