// Package solution implements failed password rules.
package solution

import "strings"

const minLength = 8

type rule struct {
	name   string
	passes func(password string) bool
}

var rules = []rule{
	{"length", func(p string) bool { return len([]rune(p)) >= minLength }},
	{"upper", func(p string) bool { return strings.ContainsAny(p, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") }},
	{"lower", func(p string) bool { return strings.ContainsAny(p, "abcdefghijklmnopqrstuvwxyz") }},
	{"digit", func(p string) bool { return strings.ContainsAny(p, "0123456789") }},
	{"space", func(p string) bool { return !strings.Contains(p, " ") }},
}

// PasswordRuleFailures check a password against five rules and return the names of the rules it breaks, in this order: "length" when it has fewer than 8 characters, "upper" when it has no upper-case letter A to Z, "lower" when it has no lower-case letter a to z, "digit" when it has no digit 0 to 9, and "space" when it contains a space character.
//
// Parameters:
//   - password: the password (string) the description refers to as `password`
//
// It returns the result described above (list of string).
func PasswordRuleFailures(password string) []string {
	failures := []string{}
	for _, r := range rules {
		if !r.passes(password) {
			failures = append(failures, r.name)
		}
	}
	return failures
}
