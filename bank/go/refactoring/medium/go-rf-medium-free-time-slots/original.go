package solution

func FreeSlots(busy [][]int, dayStart int, dayEnd int, minLength int) [][]int {
	b := [][]int{}
	for i := 0; i < len(busy); i++ {
		b = append(b, busy[i])
	}
	for i := 0; i < len(b); i++ {
		for j := 0; j < len(b)-1-i; j++ {
			if b[j][0] > b[j+1][0] || (b[j][0] == b[j+1][0] && b[j][1] > b[j+1][1]) {
				t := b[j]
				b[j] = b[j+1]
				b[j+1] = t
			}
		}
	}
	r := [][]int{}
	c := dayStart
	for i := 0; i < len(b); i++ {
		if b[i][0] > c {
			e := b[i][0]
			if e > dayEnd {
				e = dayEnd
			}
			if e-c >= minLength {
				r = append(r, []int{c, e})
			}
		}
		if b[i][1] > c {
			c = b[i][1]
		}
		if c >= dayEnd {
			break
		}
	}
	if c < dayEnd {
		if dayEnd-c >= minLength {
			r = append(r, []int{c, dayEnd})
		}
	}
	return r
}
