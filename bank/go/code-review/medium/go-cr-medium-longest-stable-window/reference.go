// Package solution finds the longest run of readings whose spread stays within a tolerance.
package solution

// push appends index to a monotonic window, dropping indices that can no longer be its extreme.
func push(window []int, readings []int, index int, keepLarger bool) []int {
	for len(window) > 0 && (readings[window[len(window)-1]] <= readings[index]) == keepLarger {
		window = window[:len(window)-1]
	}
	return append(window, index)
}

// LongestStableWindow returns the length of the longest window whose max - min is at most tolerance.
func LongestStableWindow(readings []int, tolerance int) int {
	var highs, lows []int
	start, best := 0, 0
	for end := range readings {
		highs = push(highs, readings, end, true)
		lows = push(lows, readings, end, false)
		for readings[highs[0]]-readings[lows[0]] > tolerance {
			start++
			if highs[0] < start {
				highs = highs[1:]
			}
			if lows[0] < start {
				lows = lows[1:]
			}
		}
		if end-start+1 > best {
			best = end - start + 1
		}
	}
	return best
}
