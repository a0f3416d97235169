package solution

import "sort"

func MaxBookingValue(bookings [][]int) int {
	ordered := append([][]int(nil), bookings...)
	sort.SliceStable(ordered, func(i, j int) bool { return ordered[i][1] < ordered[j][1] })
	best := make([]int, len(ordered)+1) // best[i]: the optimum over the first i bookings by end
	for i, booking := range ordered {
		start, value := booking[0], booking[2]
		compatible := sort.Search(i, func(k int) bool { return ordered[k][1] > start })
		best[i+1] = best[i]
		if candidate := best[compatible] + value; candidate > best[i+1] {
			best[i+1] = candidate
		}
	}
	return best[len(ordered)]
}
