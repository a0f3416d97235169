package solution

func VowelsPerWord(text string) []int {
	r := []int{}
	c := 0
	inWord := false
	for i := 0; i < len(text); i++ {
		if text[i] == ' ' {
			if inWord == true {
				r = append(r, c)
			}
			c = 0
			inWord = false
		} else {
			inWord = true
			ch := text[i]
			if ch == 'a' || ch == 'e' || ch == 'i' || ch == 'o' || ch == 'u' {
				c = c + 1
			} else if ch == 'A' || ch == 'E' || ch == 'I' || ch == 'O' || ch == 'U' {
				c = c + 1
			}
		}
	}
	if inWord == true {
		r = append(r, c)
	}
	return r
}
