package solution

func DispatchJobs(jobs [][]int) [][]int {
	done := make([]bool, len(jobs))
	r := [][]int{}
	t := 0
	for len(r) < len(jobs) {
		b := -1
		for i := 0; i < len(jobs); i++ {
			if done[i] == false && jobs[i][0] <= t {
				if b == -1 {
					b = i
				} else if jobs[i][2] > jobs[b][2] {
					b = i
				} else if jobs[i][2] == jobs[b][2] && jobs[i][0] < jobs[b][0] {
					b = i
				}
			}
		}
		if b == -1 {
			e := -1
			for i := 0; i < len(jobs); i++ {
				if done[i] == false {
					if e == -1 || jobs[i][0] < e {
						e = jobs[i][0]
					}
				}
			}
			t = e
			continue
		}
		done[b] = true
		r = append(r, []int{b, t, t + jobs[b][1]})
		t = t + jobs[b][1]
	}
	return r
}
