package solution

func RunLengthList(values []int) [][]int {
	r := [][]int{}
	i := 0
	for i < len(values) {
		c := 0
		j := i
		for j < len(values) && values[j] == values[i] {
			c = c + 1
			j = j + 1
		}
		x := []int{}
		x = append(x, values[i])
		x = append(x, c)
		r = append(r, x)
		i = j
	}
	return r
}
