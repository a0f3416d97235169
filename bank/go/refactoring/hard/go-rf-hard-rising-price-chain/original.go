package solution

func RisingChain(prices []int) []int {
	l := make([]int, len(prices))
	for i := len(prices) - 1; i >= 0; i-- {
		l[i] = 1
		for j := i + 1; j < len(prices); j++ {
			if prices[j] > prices[i] {
				if l[j]+1 > l[i] {
					l[i] = l[j] + 1
				}
			}
		}
	}
	m := 0
	for i := 0; i < len(l); i++ {
		if l[i] > m {
			m = l[i]
		}
	}
	r := []int{}
	p := 0
	for n := m; n > 0; n-- {
		b := -1
		for j := p; j < len(prices); j++ {
			if l[j] == n {
				if len(r) == 0 || prices[j] > r[len(r)-1] {
					if b < 0 || prices[j] < prices[b] {
						b = j
					}
				}
			}
		}
		r = append(r, prices[b])
		p = b + 1
	}
	return r
}
