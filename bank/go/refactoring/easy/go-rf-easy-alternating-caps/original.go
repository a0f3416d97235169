package solution

func AlternatingCaps(text string) string {
	res := ""
	f := 1
	b := []byte(text)
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c >= 97 {
			if c <= 122 {
				if f == 1 {
					res = res + string(rune(c-32))
					f = 0
				} else {
					res = res + string(rune(c))
					f = 1
				}
				continue
			}
		}
		if c >= 65 {
			if c <= 90 {
				if f == 1 {
					res = res + string(rune(c))
					f = 0
				} else {
					res = res + string(rune(c+32))
					f = 1
				}
				continue
			}
		}
		res = res + string([]byte{c})
	}
	return res
}
