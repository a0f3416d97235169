// Package solution computes a weighted edit distance with adjacent swaps (optimal string alignment).
package solution

import "errors"

var costKeys = []string{"insert", "delete", "replace", "swap"}

func validate(costs map[string]int) error {
	if len(costs) != len(costKeys) {
		return errors.New("costs must have exactly the keys insert, delete, replace and swap")
	}
	for _, key := range costKeys {
		value, ok := costs[key]
		if !ok {
			return errors.New("costs must have exactly the keys insert, delete, replace and swap")
		}
		if value < 0 {
			return errors.New("costs must not be negative")
		}
	}
	return nil
}

func cell(source, target string, table [][]int, i, j int, costs map[string]int) int {
	replace := costs["replace"]
	if source[i-1] == target[j-1] {
		replace = 0
	}
	best := table[i-1][j-1] + replace
	if deleted := table[i-1][j] + costs["delete"]; deleted < best {
		best = deleted
	}
	if inserted := table[i][j-1] + costs["insert"]; inserted < best {
		best = inserted
	}
	swappable := i > 1 && j > 1 && source[i-1] == target[j-2] && source[i-2] == target[j-1]
	if swappable && table[i-2][j-2]+costs["swap"] < best {
		best = table[i-2][j-2] + costs["swap"]
	}
	return best
}

// TypoDistance returns the cheapest way to turn source into target with the given operation costs.
func TypoDistance(source string, target string, costs map[string]int) (int, error) {
	if err := validate(costs); err != nil {
		return 0, err
	}
	table := make([][]int, len(source)+1)
	for i := range table {
		table[i] = make([]int, len(target)+1)
		table[i][0] = i * costs["delete"]
	}
	for j := range table[0] {
		table[0][j] = j * costs["insert"]
	}
	for i := 1; i <= len(source); i++ {
		for j := 1; j <= len(target); j++ {
			table[i][j] = cell(source, target, table, i, j, costs)
		}
	}
	return table[len(source)][len(target)], nil
}
