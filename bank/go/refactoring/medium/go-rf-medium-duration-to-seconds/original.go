package solution

import "errors"

func DurationToSeconds(text string) (int, error) {
	if len(text) == 0 {
		return 0, errors.New("error")
	}
	t := 0
	last := -1
	i := 0
	for i < len(text) {
		s := i
		v := 0
		for i < len(text) && text[i] >= 48 && text[i] <= 57 {
			v = v*10 + int(text[i]-48)
			i = i + 1
		}
		if i == s {
			return 0, errors.New("error")
		}
		if i == len(text) {
			return 0, errors.New("error")
		}
		if text[i] == 'd' {
			if last >= 0 {
				return 0, errors.New("error")
			}
			t = t + v*86400
			last = 0
		} else if text[i] == 'h' {
			if last >= 1 {
				return 0, errors.New("error")
			}
			t = t + v*3600
			last = 1
		} else if text[i] == 'm' {
			if last >= 2 {
				return 0, errors.New("error")
			}
			t = t + v*60
			last = 2
		} else if text[i] == 's' {
			if last >= 3 {
				return 0, errors.New("error")
			}
			t = t + v
			last = 3
		} else {
			return 0, errors.New("error")
		}
		i = i + 1
	}
	return t, nil
}
