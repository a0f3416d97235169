package solution

func MaxBookingValue(bookings [][]int) int {
	b := [][]int{}
	for i := 0; i < len(bookings); i++ {
		b = append(b, bookings[i])
	}
	for i := 0; i < len(b); i++ {
		for j := 0; j < len(b)-1-i; j++ {
			if b[j][1] > b[j+1][1] {
				t := b[j]
				b[j] = b[j+1]
				b[j+1] = t
			}
		}
	}
	dp := []int{}
	for i := 0; i < len(b)+1; i++ {
		dp = append(dp, 0)
	}
	for i := 0; i < len(b); i++ {
		p := 0
		for j := i - 1; j >= 0; j-- {
			if b[j][1] <= b[i][0] {
				p = j + 1
				break
			}
		}
		if dp[p]+b[i][2] > dp[i] {
			dp[i+1] = dp[p] + b[i][2]
		} else {
			dp[i+1] = dp[i]
		}
	}
	return dp[len(b)]
}
