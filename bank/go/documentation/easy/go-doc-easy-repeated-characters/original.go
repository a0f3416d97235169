package solution

import "strings"

func RepeatedCharacters(text string) string {
	counts := map[rune]int{}
	var order []rune
	for _, char := range text {
		if counts[char] == 0 {
			order = append(order, char)
		}
		counts[char]++
	}
	var repeated strings.Builder
	for _, char := range order {
		if counts[char] > 1 {
			repeated.WriteRune(char)
		}
	}
	return repeated.String()
}
