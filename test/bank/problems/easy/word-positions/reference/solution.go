package solution

import "errors"

func WordPositions(words []string, limit *int) (map[string][]int, error) {
	count := len(words)
	if limit != nil {
		if *limit < 0 {
			return nil, errors.New("limit must not be negative")
		}
		if *limit < count {
			count = *limit
		}
	}
	positions := map[string][]int{}
	for i, word := range words[:count] {
		positions[word] = append(positions[word], i)
	}
	return positions, nil
}
