// Package solution counts the integers of a range with a given number of set bits.
package solution

import "math/bits"

func choose(n, k int) int {
	if k < 0 || k > n {
		return 0
	}
	result := 1
	for i := 1; i <= k; i++ {
		result = result * (n - k + i) / i
	}
	return result
}

// countBelow counts the x in [0, limit) with exactly ones set bits.
func countBelow(limit, ones int) int {
	total, seen := 0, 0
	for bit := bits.Len(uint(limit)) - 1; bit >= 0; bit-- {
		if limit>>bit&1 == 1 {
			total += choose(bit, ones-seen)
			seen++
		}
	}
	return total
}

// CountWithBits counts the integers in [lo, hi] with exactly k set bits.
func CountWithBits(lo int, hi int, k int) int {
	return countBelow(hi+1, k) - countBelow(lo, k)
}
