package solution

import (
	"strconv"
	"strings"
)

func ClusterQueries(n int, ops []string) []int {
	g := []int{}
	for i := 0; i < n; i++ {
		g = append(g, i)
	}
	r := []int{}
	for i := 0; i < len(ops); i++ {
		f := strings.Fields(ops[i])
		if f[0] == "link" {
			a, _ := strconv.Atoi(f[1])
			b, _ := strconv.Atoi(f[2])
			ga := g[a]
			gb := g[b]
			if ga != gb {
				for j := 0; j < n; j++ {
					if g[j] == gb {
						g[j] = ga
					}
				}
			}
		} else if f[0] == "same" {
			a, _ := strconv.Atoi(f[1])
			b, _ := strconv.Atoi(f[2])
			if g[a] == g[b] {
				r = append(r, 1)
			} else {
				r = append(r, 0)
			}
		} else if f[0] == "size" {
			a, _ := strconv.Atoi(f[1])
			c := 0
			for j := 0; j < n; j++ {
				if g[j] == g[a] {
					c = c + 1
				}
			}
			r = append(r, c)
		} else {
			c := 0
			for j := 0; j < n; j++ {
				seen := false
				for k := 0; k < j; k++ {
					if g[k] == g[j] {
						seen = true
					}
				}
				if seen == false {
					c = c + 1
				}
			}
			r = append(r, c)
		}
	}
	return r
}
