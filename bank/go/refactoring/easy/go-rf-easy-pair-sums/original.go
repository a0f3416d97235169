package solution

func PairSums(values []int) []int {
	r := []int{}
	i := 0
	for i < len(values) {
		if i+1 < len(values) {
			r = append(r, values[i]+values[i+1])
		} else {
			r = append(r, values[i])
		}
		i = i + 2
	}
	return r
}
