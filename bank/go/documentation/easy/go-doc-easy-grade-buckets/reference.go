// Package solution implements grade buckets.
package solution

import "fmt"

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

// GradeBuckets count how many scores fall into each letter grade: "A" for 90 to 100, "B" for 80 to 89, "C" for 70 to 79, "D" for 60 to 69 and "F" for 0 to 59 (all bounds included).
//
// Parameters:
//   - scores: the scores (list of int) the description refers to as `scores`
//
// It returns the result described above (map of int).
// It returns an error when a score is below 0 or above 100.
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
