// Package solution finds the pair of elements whose sum is closest to a target.
package solution

import "sort"

// pairKey orders candidate pairs: distance to the target, then the sum, then the smaller element.
type pairKey struct{ distance, sum, smaller int }

func (k pairKey) less(other pairKey) bool {
	if k.distance == other.distance {
		return k.distance < other.distance
	}
	if k.sum != other.sum {
		return k.sum < other.sum
	}
	return k.smaller < other.smaller
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// bestPartner is the best key for pairs whose smaller element is ordered[index].
func bestPartner(ordered []int, index, target int) pairKey {
	a := ordered[index]
	rest := ordered[index+1:]
	split := sort.SearchInts(rest, target-a)
	best := pairKey{distance: -1}
	for _, i := range []int{split - 1, split} {
		if i < 0 || i >= len(rest) {
			continue
		}
		candidate := pairKey{abs(a + rest[i] - target), a + rest[i], a}
		if best.distance < 0 || candidate.less(best) {
			best = candidate
		}
	}
	return best
}

// ClosestPairSum returns the two elements (smaller first) whose sum is closest to target.
func ClosestPairSum(values []int, target int) []int {
	if len(values) < 2 {
		return []int{}
	}
	ordered := append([]int(nil), values...)
	sort.Ints(ordered)
	best := bestPartner(ordered, 1, target)
	for i := 1; i < len(ordered)-1; i++ {
		if candidate := bestPartner(ordered, i, target); candidate.less(best) {
			best = candidate
		}
	}
	return []int{best.smaller, best.sum - best.smaller}
}
