package solution

import "sort"

func DispatchJobs(jobs [][]int) [][]int {
	arrivals := make([]int, len(jobs))
	for i := range arrivals {
		arrivals[i] = i
	}
	sort.SliceStable(arrivals, func(a, b int) bool { return jobs[arrivals[a]][0] < jobs[arrivals[b]][0] })
	before := func(a, b int) bool {
		if jobs[a][2] != jobs[b][2] {
			return jobs[a][2] > jobs[b][2]
		}
		if jobs[a][0] != jobs[b][0] {
			return jobs[a][0] < jobs[b][0]
		}
		return a < b
	}
	var ready []int
	schedule := [][]int{}
	clock, next := 0, 0
	for len(schedule) < len(jobs) {
		if len(ready) == 0 && clock < jobs[arrivals[next]][0] {
			clock = jobs[arrivals[next]][0]
		}
		for ; next < len(jobs) && jobs[arrivals[next]][0] <= clock; next++ {
			ready = append(ready, arrivals[next])
		}
		best := 0
		for i := range ready {
			if before(ready[i], ready[best]) {
				best = i
			}
		}
		index := ready[best]
		ready = append(ready[:best], ready[best+1:]...)
		schedule = append(schedule, []int{index, clock, clock + jobs[index][1]})
		clock += jobs[index][1]
	}
	return schedule
}
