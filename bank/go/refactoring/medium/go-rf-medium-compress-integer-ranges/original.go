package solution

import (
	"sort"
	"strconv"
)

func CompressRanges(values []int) string {
	v := []int{}
	for i := 0; i < len(values); i++ {
		found := false
		for j := 0; j < len(v); j++ {
			if v[j] == values[i] {
				found = true
			}
		}
		if found == false {
			v = append(v, values[i])
		}
	}
	sort.Ints(v)
	s := ""
	i := 0
	for i < len(v) {
		j := i
		for j+1 < len(v) && v[j+1] == v[j]+1 {
			j = j + 1
		}
		if j-i+1 >= 3 {
			if s != "" {
				s = s + ","
			}
			s = s + strconv.Itoa(v[i]) + ".." + strconv.Itoa(v[j])
		} else {
			for k := i; k <= j; k++ {
				if s != "" {
					s = s + ","
				}
				s = s + strconv.Itoa(v[k])
			}
		}
		i = j + 1
	}
	return s
}
