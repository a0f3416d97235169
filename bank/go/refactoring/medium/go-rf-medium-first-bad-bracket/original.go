package solution

func FirstBadBracket(text string) int {
	st := []int{}
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c == '(' || c == '[' || c == '{' {
			st = append(st, i)
		} else if c == ')' {
			if len(st) == 0 {
				return i
			} else {
				if text[st[len(st)-1]] != '(' {
					return i
				}
				st = st[0 : len(st)-1]
			}
		} else if c == ']' {
			if len(st) == 0 {
				return i
			} else {
				if text[st[len(st)-1]] != '[' {
					return i
				}
				st = st[0 : len(st)-1]
			}
		} else if c == '}' {
			if len(st) == 0 {
				return i
			} else {
				if text[st[len(st)-1]] != '{' {
					return i
				}
				st = st[0 : len(st)-1]
			}
		}
	}
	if len(st) > 0 {
		return st[0]
	}
	return -1
}
