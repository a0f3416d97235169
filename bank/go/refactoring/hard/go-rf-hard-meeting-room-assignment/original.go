package solution

func AssignRooms(meetings [][]int) []int {
	idx := []int{}
	for i := 0; i < len(meetings); i++ {
		idx = append(idx, i)
	}
	for i := 1; i < len(idx); i++ {
		j := i
		for j > 0 && meetings[idx[j-1]][0] > meetings[idx[j]][0] {
			t := idx[j-1]
			idx[j-1] = idx[j]
			idx[j] = t
			j = j - 1
		}
	}
	ends := []int{}
	res := make([]int, len(meetings))
	for i := 0; i < len(idx); i++ {
		m := meetings[idx[i]]
		found := -1
		for r := 0; r < len(ends); r++ {
			if ends[r] <= m[0] {
				found = r
				break
			}
		}
		if found == -1 {
			ends = append(ends, m[1])
			res[idx[i]] = len(ends) - 1
		} else {
			ends[found] = m[1]
			res[idx[i]] = found
		}
	}
	return res
}
