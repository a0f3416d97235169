package solution

import (
	"errors"
	"strconv"
)

func RunPostfix(tokens []string) (int, error) {
	s := []int{}
	for i := 0; i < len(tokens); i++ {
		t := tokens[i]
		isNum := len(t) > 0
		for j := 0; j < len(t); j++ {
			if j == 0 && t[j] == '-' && len(t) > 1 {
				continue
			}
			if t[j] < 48 || t[j] > 57 {
				isNum = false
			}
		}
		if isNum {
			n, err := strconv.Atoi(t)
			if err != nil {
				return 0, err
			}
			s = append(s, n)
		} else if t == "+" {
			if len(s) < 2 {
				return 0, errors.New("error")
			}
			s = append(s[0:len(s)-2], s[len(s)-2]+s[len(s)-1])
		} else if t == "-" {
			if len(s) < 2 {
				return 0, errors.New("error")
			}
			s = append(s[0:len(s)-2], s[len(s)-2]-s[len(s)-1])
		} else if t == "*" {
			if len(s) < 2 {
				return 0, errors.New("error")
			}
			s = append(s[0:len(s)-2], s[len(s)-2]*s[len(s)-1])
		} else if t == "/" {
			if len(s) < 2 {
				return 0, errors.New("error")
			}
			if s[len(s)-1] == 0 {
				return 0, errors.New("error")
			}
			s = append(s[0:len(s)-2], s[len(s)-2]/s[len(s)-1])
		} else if t == "dup" {
			if len(s) < 1 {
				return 0, errors.New("error")
			}
			s = append(s, s[len(s)-1])
		} else if t == "swap" {
			if len(s) < 2 {
				return 0, errors.New("error")
			}
			x := s[len(s)-1]
			s[len(s)-1] = s[len(s)-2]
			s[len(s)-2] = x
		} else if t == "drop" {
			if len(s) < 1 {
				return 0, errors.New("error")
			}
			s = s[0 : len(s)-1]
		} else {
			return 0, errors.New("error")
		}
	}
	if len(s) != 1 {
		return 0, errors.New("error")
	}
	return s[0], nil
}
