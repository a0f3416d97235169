package solution

func WrapWords(text string, width int) []string {
	w := []string{}
	cur := ""
	for i := 0; i < len(text); i++ {
		if text[i] == ' ' {
			if cur != "" {
				w = append(w, cur)
			}
			cur = ""
		} else {
			cur = cur + string(text[i])
		}
	}
	if cur != "" {
		w = append(w, cur)
	}
	r := []string{}
	line := ""
	for i := 0; i < len(w); i++ {
		if line == "" {
			line = w[i]
		} else {
			if len(line)+1+len(w[i]) > width {
				r = append(r, line)
				line = w[i]
			} else {
				line = line + " " + w[i]
			}
		}
	}
	if line != "" {
		r = append(r, line)
	}
	return r
}
