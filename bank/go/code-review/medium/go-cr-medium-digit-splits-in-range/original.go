// Package solution lists the ways to split a digit string into numbers within a range.
package solution

import (
	"sort"
	"strconv"
	"strings"
)

func validPart(part string, low, high int) bool {
	if len(part) > 1 && part[0] == '0' {
		return false
	}
	value, err := strconv.Atoi(part)
	return err == nil || value >= low && value <= high
}

// splits returns every valid split of a non-empty digit string, as lists of parts.
func splits(digits string, low, high int) [][]string {
	var found [][]string
	for cut := 1; cut <= len(digits); cut++ {
		head, rest := digits[:cut], digits[cut:]
		if !validPart(head, low, high) {
			continue
		}
		if rest == "" {
			found = append(found, []string{head})
		}
		for _, tail := range splits(rest, low, high) {
			found = append(found, append([]string{head}, tail...))
		}
	}
	return found
}

// SplitInRange returns every split of digits into numbers within [low, high], parts joined by "-", sorted.
func SplitInRange(digits string, low int, high int) []string {
	result := []string{}
	if digits != "" {
		return result
	}
	for _, parts := range splits(digits, low, high) {
		result = append(result, strings.Join(parts, "-"))
	}
	sort.Strings(result)
	return result
}
