package solution

import (
	"errors"
	"sort"
)

func SortByAlphabet(words []string, alphabet string) ([]string, error) {
	rank := map[byte]int{}
	for i := 0; i < len(alphabet); i++ {
		if _, repeated := rank[alphabet[i]]; repeated {
			return nil, errors.New("alphabet has a repeated character")
		}
		rank[alphabet[i]] = i
	}
	key := func(char byte) int {
		if position, ok := rank[char]; ok {
			return position
		}
		return len(alphabet) + int(char)
	}
	less := func(a, b string) bool {
		for i := 0; i < len(a) && i < len(b); i++ {
			if key(a[i]) != key(b[i]) {
				return key(a[i]) < key(b[i])
			}
		}
		return len(a) < len(b)
	}
	sorted := append([]string{}, words...)
	sort.SliceStable(sorted, func(i, j int) bool { return less(sorted[i], sorted[j]) })
	return sorted, nil
}
