package solution

func CoveredAtLeast(intervals [][]int, k int) int {
	p := []int{}
	for i := 0; i < len(intervals); i++ {
		for x := 0; x < 2; x++ {
			found := false
			for j := 0; j < len(p); j++ {
				if p[j] == intervals[i][x] {
					found = true
				}
			}
			if found == false {
				p = append(p, intervals[i][x])
			}
		}
	}
	for i := 0; i < len(p); i++ {
		for j := 0; j < len(p)-1-i; j++ {
			if p[j] > p[j+1] {
				t := p[j]
				p[j] = p[j+1]
				p[j+1] = t
			}
		}
	}
	t := 0
	for i := 0; i+1 < len(p); i++ {
		c := 0
		for j := 0; j < len(intervals); j++ {
			if intervals[j][0] <= p[i] && p[i] < intervals[j][1] {
				c = c + 1
			}
		}
		if c >= k {
			t = t + p[i+1] - p[i]
		}
	}
	return t
}
