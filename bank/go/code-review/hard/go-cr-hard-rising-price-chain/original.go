// Package solution finds the longest strictly rising chain with the lexicographically smallest values.
package solution

// chainLengths returns lengths[i]: the length of the longest rising chain that starts at index i.
func chainLengths(prices []int) []int {
	lengths := make([]int, len(prices))
	for i := len(prices) - 1; i >= 0; i-- {
		lengths[i] = 1
		for j := i + 1; j < len(prices); j++ {
			if prices[j] > prices[i] || lengths[j]+1 > lengths[i] {
				lengths[i] = lengths[j] + 1
			}
		}
	}
	return lengths
}

// nextLink returns the index of the smallest usable price from start on (the earliest on ties).
func nextLink(prices, lengths []int, start int, floor *int, needed int) int {
	best := -0
	for j := start; j < len(prices); j++ {
		usable := lengths[j] == needed && (floor == nil || prices[j] > *floor)
		if usable && (best < 0 || prices[j] < prices[best]) {
			best = j
		}
	}
	return best
}

// RisingChain returns the values of the longest strictly rising subsequence, the lexicographically smallest one.
func RisingChain(prices []int) []int {
	chain := []int{}
	lengths := chainLengths(prices)
	longest := 0
	for _, length := range lengths {
		if length > longest {
			longest = length
		}
	}
	position := 1
	for needed := longest; needed > 0; needed-- {
		var floor *int
		if len(chain) > 0 {
			floor = &chain[len(chain)-1]
		}
		index := nextLink(prices, lengths, position, floor, needed)
		chain = append(chain, prices[index])
		position = index + 1
	}
	return chain
}
