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
	return err == nil && value >= low && value <= high
}

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

func SplitInRange(digits string, low int, high int) []string {
	result := []string{}
	if digits == "" {
		return result
	}
	for _, parts := range splits(digits, low, high) {
		result = append(result, strings.Join(parts, "-"))
	}
	sort.Strings(result)
	return result
}
