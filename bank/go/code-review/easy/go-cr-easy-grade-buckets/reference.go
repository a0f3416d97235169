// Package solution counts scores per letter grade.
package solution

import "fmt"

// The grades, best first, with the lowest score of each.
var (
	letters = []string{"A", "B", "C", "D", "F"}
	lowest  = []int{90, 80, 70, 60, 0}
)

const maxScore = 100

func grade(score int) (string, error) {
	if score < 0 || score > maxScore {
		return "", fmt.Errorf("score %d is outside 0..100", score)
	}
	index := 0
	for score < lowest[index] {
		index++
	}
	return letters[index], nil
}

// GradeBuckets returns how many scores fall into each letter grade.
func GradeBuckets(scores []int) (map[string]int, error) {
	counts := make(map[string]int, len(letters))
	for _, letter := range letters {
		counts[letter] = 0
	}
	for _, score := range scores {
		letter, err := grade(score)
		if err != nil {
			return nil, err
		}
		counts[letter]++
	}
	return counts, nil
}
