// Package solution implements longest stable stretch of readings.
package solution

func push(window []int, readings []int, index int, keepLarger bool) []int {
	for len(window) > 0 && (readings[window[len(window)-1]] <= readings[index]) == keepLarger {
		window = window[:len(window)-1]
	}
	return append(window, index)
}

// LongestStableWindow A sensor produced the integer `readings` in time order.
//
// Parameters:
//   - readings: the readings (list of int) the description refers to as `readings`
//   - tolerance: the tolerance (int) the description refers to as `tolerance`
//
// It returns the result described above (int).
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
