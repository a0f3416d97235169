// Package solution implements compress integers into ranges.
package solution

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

const minRangeLength = 3

func distinctSorted(values []int) []int {
	seen := map[int]bool{}
	var unique []int
	for _, value := range values {
		if !seen[value] {
			seen[value] = true
			unique = append(unique, value)
		}
	}
	sort.Ints(unique)
	return unique
}

func formatRun(run []int) []string {
	if len(run) >= minRangeLength {
		return []string{fmt.Sprintf("%d..%d", run[0], run[len(run)-1])}
	}
	parts := make([]string, len(run))
	for i, value := range run {
		parts[i] = strconv.Itoa(value)
	}
	return parts
}

// CompressRanges describe a collection of integers compactly.
//
// Parameters:
//   - values: the values (list of int) the description refers to as `values`
//
// It returns the result described above (string).
func CompressRanges(values []int) string {
	var entries []string
	var run []int
	for _, value := range distinctSorted(values) {
		if len(run) > 0 && run[len(run)-1] != value-1 {
			entries = append(entries, formatRun(run)...)
			run = nil
		}
		run = append(run, value)
	}
	entries = append(entries, formatRun(run)...)
	return strings.Join(entries, ",")
}
