package solution

import "errors"

func SplitCsvLine(line string) ([]string, error) {
	f := []string{}
	i := 0
	for {
		cur := ""
		if i < len(line) && line[i] == '"' {
			i = i + 1
			closed := false
			for i < len(line) {
				if line[i] == '"' {
					if i+1 < len(line) && line[i+1] == '"' {
						cur = cur + "\""
						i = i + 2
					} else {
						i = i + 1
						closed = true
						break
					}
				} else {
					cur = cur + string(line[i])
					i = i + 1
				}
			}
			if closed == false {
				return nil, errors.New("error")
			}
			if i < len(line) && line[i] != ',' {
				return nil, errors.New("error")
			}
		} else {
			for i < len(line) && line[i] != ',' {
				cur = cur + string(line[i])
				i = i + 1
			}
		}
		f = append(f, cur)
		if i >= len(line) {
			return f, nil
		}
		i = i + 1
	}
}
