package solution

import "strings"

func NameInitials(name string) string {
	r := ""
	start := true
	for i := 0; i < len(name); i++ {
		if name[i] == ' ' {
			start = true
		} else if name[i] == '-' {
			start = true
		} else {
			if start == true {
				r = r + strings.ToUpper(string(name[i])) + "."
				start = false
			}
		}
	}
	return r
}
