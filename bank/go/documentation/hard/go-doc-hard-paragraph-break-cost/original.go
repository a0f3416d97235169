package solution

import "fmt"

func cheapestFrom(words []string, first, width int, best []int) int {
	cheapest := -1
	length := -1
	for last := first; last < len(words); last++ {
		length += len(words[last]) + 1
		if length > width {
			break
		}
		cost := 0
		if last < len(words)-1 {
			cost = (width - length) * (width - length)
		}
		if total := cost + best[last+1]; cheapest < 0 || total < cheapest {
			cheapest = total
		}
	}
	return cheapest
}

func BreakCost(words []string, width int) (int, error) {
	for _, word := range words {
		if len(word) > width {
			return 0, fmt.Errorf("word %q does not fit in width %d", word, width)
		}
	}
	best := make([]int, len(words)+1)
	for first := len(words) - 1; first >= 0; first-- {
		best[first] = cheapestFrom(words, first, width, best)
	}
	return best[0], nil
}
