// Package solution implements order release tags.
package solution

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
)

var tagPattern = regexp.MustCompile(`^v?([0-9]+)\.([0-9]+)\.([0-9]+)(?:-rc([0-9]+))?$`)

func tagKey(tag string) ([5]int, error) {
	match := tagPattern.FindStringSubmatch(tag)
	if match == nil {
		return [5]int{}, fmt.Errorf("malformed tag: %q", tag)
	}
	var key [5]int
	for i := 1; i <= 3; i++ {
		key[i-1], _ = strconv.Atoi(match[i])
	}
	if match[4] == "" {
		key[3] = 1
	} else {
		key[4], _ = strconv.Atoi(match[4])
	}
	return key, nil
}

func keyLess(a, b [5]int) bool {
	for i := range a {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return false
}

// OrderReleaseTags sort release tags from oldest to newest.
//
// Parameters:
//   - tags: the tags (list of string) the description refers to as `tags`
//
// It returns the result described above (list of string).
// It returns an error when a tag does not have the form [v]MAJOR.MINOR.PATCH[-rcN].
func OrderReleaseTags(tags []string) ([]string, error) {
	keys := make(map[string][5]int, len(tags))
	for _, tag := range tags {
		key, err := tagKey(tag)
		if err != nil {
			return nil, err
		}
		keys[tag] = key
	}
	sorted := append([]string{}, tags...)
	sort.SliceStable(sorted, func(i, j int) bool { return keyLess(keys[sorted[i]], keys[sorted[j]]) })
	return sorted, nil
}
