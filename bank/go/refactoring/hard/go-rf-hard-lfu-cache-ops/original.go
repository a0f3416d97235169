package solution

import (
	"strconv"
	"strings"
)

func LfuSimulate(capacity int, ops []string) []*int {
	keys := []string{}
	vals := []int{}
	uses := []int{}
	last := []int{}
	clock := 0
	r := []*int{}
	for i := 0; i < len(ops); i++ {
		f := strings.Fields(ops[i])
		idx := -1
		for j := 0; j < len(keys); j++ {
			if keys[j] == f[1] {
				idx = j
			}
		}
		if f[0] == "get" {
			if idx == -1 {
				r = append(r, nil)
			} else {
				clock = clock + 1
				uses[idx] = uses[idx] + 1
				last[idx] = clock
				v := vals[idx]
				r = append(r, &v)
			}
		} else {
			if capacity == 0 {
				continue
			}
			v, _ := strconv.Atoi(f[2])
			if idx != -1 {
				clock = clock + 1
				vals[idx] = v
				uses[idx] = uses[idx] + 1
				last[idx] = clock
			} else {
				if len(keys) == capacity {
					w := 0
					for j := 1; j < len(keys); j++ {
						if uses[j] < uses[w] || (uses[j] == uses[w] && last[j] < last[w]) {
							w = j
						}
					}
					keys = append(keys[:w], keys[w+1:]...)
					vals = append(vals[:w], vals[w+1:]...)
					uses = append(uses[:w], uses[w+1:]...)
					last = append(last[:w], last[w+1:]...)
				}
				clock = clock + 1
				keys = append(keys, f[1])
				vals = append(vals, v)
				uses = append(uses, 1)
				last = append(last, clock)
			}
		}
	}
	return r
}
