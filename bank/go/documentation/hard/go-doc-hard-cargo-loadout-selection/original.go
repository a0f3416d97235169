package solution

type score struct{ value, weight int }

func (s score) better(other score) bool {
	return s.value > other.value || (s.value == other.value && s.weight < other.weight)
}

func suffixTable(weights, values []int, capacity int) [][]score {
	best := make([][]score, len(weights)+1)
	for i := range best {
		best[i] = make([]score, capacity+1)
	}
	for i := len(weights) - 1; i >= 0; i-- {
		for room := 0; room <= capacity; room++ {
			best[i][room] = best[i+1][room]
			if weights[i] > room {
				continue
			}
			rest := best[i+1][room-weights[i]]
			if taken := (score{rest.value + values[i], rest.weight + weights[i]}); taken.better(best[i][room]) {
				best[i][room] = taken
			}
		}
	}
	return best
}

func ChooseCargo(weights []int, values []int, capacity int) []int {
	best := suffixTable(weights, values, capacity)
	chosen := []int{}
	room := capacity
	for i, weight := range weights {
		if weight > room {
			continue
		}
		rest := best[i+1][room-weight]
		if (score{rest.value + values[i], rest.weight + weight}) == best[i][room] {
			chosen = append(chosen, i)
			room -= weight
		}
	}
	return chosen
}
