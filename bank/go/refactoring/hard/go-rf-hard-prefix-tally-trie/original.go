package solution

import "strings"

func PrefixTally(ops []string) []int {
	words := []string{}
	counts := []int{}
	r := []int{}
	for i := 0; i < len(ops); i++ {
		f := strings.Fields(ops[i])
		if f[0] == "add" {
			found := false
			for j := 0; j < len(words); j++ {
				if words[j] == f[1] {
					counts[j] = counts[j] + 1
					found = true
				}
			}
			if found == false {
				words = append(words, f[1])
				counts = append(counts, 1)
			}
		} else if f[0] == "del" {
			for j := 0; j < len(words); j++ {
				if words[j] == f[1] {
					if counts[j] > 0 {
						counts[j] = counts[j] - 1
					}
				}
			}
		} else if f[0] == "count" {
			c := 0
			for j := 0; j < len(words); j++ {
				if strings.HasPrefix(words[j], f[1]) {
					c = c + counts[j]
				}
			}
			r = append(r, c)
		} else {
			c := 0
			for j := 0; j < len(words); j++ {
				if strings.HasPrefix(words[j], f[1]) {
					if counts[j] > 0 {
						c = c + 1
					}
				}
			}
			r = append(r, c)
		}
	}
	return r
}
