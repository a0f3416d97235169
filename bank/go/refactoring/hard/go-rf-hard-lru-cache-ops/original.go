package solution

import (
	"strconv"
	"strings"
)

func LruSimulate(capacity int, ops []string) []*int {
	keys := []string{}
	vals := []int{}
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
				v := vals[idx]
				keys = append(keys[:idx], keys[idx+1:]...)
				vals = append(vals[:idx], vals[idx+1:]...)
				keys = append(keys, f[1])
				vals = append(vals, v)
				r = append(r, &v)
			}
		} else {
			if capacity == 0 {
				continue
			}
			v, _ := strconv.Atoi(f[2])
			if idx != -1 {
				keys = append(keys[:idx], keys[idx+1:]...)
				vals = append(vals[:idx], vals[idx+1:]...)
				keys = append(keys, f[1])
				vals = append(vals, v)
			} else {
				keys = append(keys, f[1])
				vals = append(vals, v)
				if len(keys) > capacity {
					keys = keys[1:]
					vals = vals[1:]
				}
			}
		}
	}
	return r
}
