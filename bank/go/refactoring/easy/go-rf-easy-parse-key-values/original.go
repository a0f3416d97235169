package solution

import (
	"errors"
	"strconv"
	"strings"
)

func ParseKeyValues(text string) (map[string]int, error) {
	m := map[string]int{}
	if len(strings.TrimSpace(text)) == 0 {
		return m, nil
	}
	p := strings.Split(text, ";")
	for i := 0; i < len(p); i++ {
		idx := -1
		for j := 0; j < len(p[i]); j++ {
			if p[i][j] == '=' {
				idx = j
				break
			}
		}
		if idx == -1 {
			return nil, errors.New("error")
		}
		k := strings.TrimSpace(p[i][0:idx])
		v := strings.TrimSpace(p[i][idx+1:])
		if len(k) == 0 {
			return nil, errors.New("error")
		}
		if len(v) == 0 {
			return nil, errors.New("error")
		}
		for j := 0; j < len(v); j++ {
			if j == 0 && v[j] == '-' && len(v) > 1 {
				continue
			}
			if v[j] < 48 || v[j] > 57 {
				return nil, errors.New("error")
			}
		}
		n, err := strconv.Atoi(v)
		if err != nil {
			return nil, errors.New("error")
		}
		m[k] = n
	}
	return m, nil
}
