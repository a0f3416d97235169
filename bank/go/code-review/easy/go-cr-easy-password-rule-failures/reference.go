// Package solution reports which password rules a password breaks.
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

// PasswordRuleFailures lists the names of the broken rules, in rule order.
func PasswordRuleFailures(password string) []string {
	failures := []string{}
	for _, r := range rules {
		if !r.passes(password) {
			failures = append(failures, r.name)
		}
	}
	return failures
}
