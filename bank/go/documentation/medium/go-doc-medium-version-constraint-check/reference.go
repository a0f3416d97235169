// Package solution implements check a version against a constraint.
package solution

import (
	"strconv"
	"strings"
)

var operators = []struct {
	symbol string
	holds  func(order int) bool
}{
	{">=", func(order int) bool { return order >= 0 }},
	{"<=", func(order int) bool { return order <= 0 }},
	{">", func(order int) bool { return order > 0 }},
	{"<", func(order int) bool { return order < 0 }},
	{"=", func(order int) bool { return order == 0 }},
}

func parseVersion(text string) []int {
	parts := strings.Split(text, ".")
	version := make([]int, len(parts))
	for i, part := range parts {
		version[i], _ = strconv.Atoi(part)
	}
	return version
}

func compare(a, b []int) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			if a[i] < b[i] {
				return -1
			}
			return 1
		}
	}
	return len(a) - len(b)
}

func check(version []int, comparison string) bool {
	for _, operator := range operators {
		if strings.HasPrefix(comparison, operator.symbol) {
			return operator.holds(compare(version, parseVersion(comparison[len(operator.symbol):])))
		}
	}
	return false
}

// Satisfies `version` has the form MAJOR.MINOR.PATCH (three non-negative decimal integers).
//
// Parameters:
//   - version: the version (string) the description refers to as `version`
//   - constraint: the constraint (string) the description refers to as `constraint`
//
// It returns the result described above (bool).
func Satisfies(version string, constraint string) bool {
	parsed := parseVersion(version)
	for _, alternative := range strings.Split(constraint, "||") {
		all := true
		for _, comparison := range strings.Fields(alternative) {
			all = all && check(parsed, comparison)
		}
		if all {
			return true
		}
	}
	return false
}
