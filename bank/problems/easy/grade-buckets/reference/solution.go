// Package solution counts scores per letter grade.
package solution

import "fmt"

type threshold struct {
	letter string
	lowest int
}

// thresholds holds the lowest score of each grade, best grade first.
var thresholds = []threshold{{"A", 90}, {"B", 80}, {"C", 70}, {"D", 60}, {"F", 0}}

func grade(score int) (string, error) {
	if score < 0 || score > 100 {
		return "", fmt.Errorf("score %d is outside 0..100", score)
	}
	for _, t := range thresholds {
		if score >= t.lowest {
			return t.letter, nil
		}
	}
	return "F", nil
}

// GradeBuckets counts how many scores fall into each letter grade.
func GradeBuckets(scores []int) (map[string]int, error) {
	counts := make(map[string]int, len(thresholds))
	for _, t := range thresholds {
		counts[t.letter] = 0
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
