package solution

import "strings"

func HeadlineCase(title string) string {
	if len(title) == 0 {
		return ""
	}
	w := strings.Split(title, " ")
	r := ""
	for i := 0; i < len(w); i++ {
		x := strings.ToLower(w[i])
		if i == 0 {
			if len(x) > 0 {
				r = r + strings.ToUpper(x[0:1]) + x[1:]
			}
		} else if i == len(w)-1 {
			if len(x) > 0 {
				r = r + strings.ToUpper(x[0:1]) + x[1:]
			}
		} else {
			if x == "a" || x == "an" || x == "and" || x == "the" || x == "of" || x == "in" ||
				x == "on" || x == "or" || x == "to" {
				r = r + x
			} else {
				if len(x) > 0 {
					r = r + strings.ToUpper(x[0:1]) + x[1:]
				}
			}
		}
		if i != len(w)-1 {
			r = r + " "
		}
	}
	return r
}
