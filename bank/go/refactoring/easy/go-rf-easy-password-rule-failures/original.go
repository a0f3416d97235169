package solution

func PasswordRuleFailures(password string) []string {
	r := []string{}
	if len([]rune(password)) < 8 {
		r = append(r, "length")
	}
	u := false
	for i := 0; i < len(password); i++ {
		if password[i] >= 65 && password[i] <= 90 {
			u = true
		}
	}
	if u == false {
		r = append(r, "upper")
	}
	l := false
	for i := 0; i < len(password); i++ {
		if password[i] >= 97 && password[i] <= 122 {
			l = true
		}
	}
	if l == false {
		r = append(r, "lower")
	}
	d := false
	for i := 0; i < len(password); i++ {
		if password[i] >= 48 && password[i] <= 57 {
			d = true
		}
	}
	if d == false {
		r = append(r, "digit")
	}
	s := false
	for i := 0; i < len(password); i++ {
		if password[i] == 32 {
			s = true
		}
	}
	if s == true {
		r = append(r, "space")
	}
	return r
}
