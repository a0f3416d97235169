package solution

import "errors"

func ConvertBase(number string, fromBase int, toBase int) (string, error) {
	if fromBase < 2 || fromBase > 36 {
		return "", errors.New("error")
	}
	if toBase < 2 || toBase > 36 {
		return "", errors.New("error")
	}
	neg := false
	s := number
	if len(s) > 0 && s[0] == '-' {
		neg = true
		s = s[1:]
	}
	if len(s) == 0 {
		return "", errors.New("error")
	}
	v := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		d := -1
		if c >= 48 && c <= 57 {
			d = int(c) - 48
		} else if c >= 97 && c <= 122 {
			d = int(c) - 97 + 10
		} else if c >= 65 && c <= 90 {
			d = int(c) - 65 + 10
		}
		if d < 0 || d >= fromBase {
			return "", errors.New("error")
		}
		v = v*fromBase + d
	}
	r := ""
	if v == 0 {
		r = "0"
	}
	for v > 0 {
		d := v % toBase
		if d < 10 {
			r = string(rune(48+d)) + r
		} else {
			r = string(rune(97+d-10)) + r
		}
		v = v / toBase
	}
	if neg == true && r != "0" {
		r = "-" + r
	}
	return r, nil
}
