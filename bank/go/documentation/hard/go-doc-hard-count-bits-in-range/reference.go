// Package solution implements count numbers with k set bits.
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

// CountWithBits count the integers x with lo <= x <= hi whose binary representation contains exactly k one-bits.
//
// Parameters:
//   - lo: the lo (int) the description refers to as `lo`
//   - hi: the hi (int) the description refers to as `hi`
//   - k: the k (int) the description refers to as `k`
//
// It returns the result described above (int).
func CountWithBits(lo int, hi int, k int) int {
	return countBelow(hi+1, k) - countBelow(lo, k)
}
