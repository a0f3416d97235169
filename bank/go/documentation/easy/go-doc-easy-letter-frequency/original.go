package solution

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
