package solution

func minOf(values ...int) int {
	smallest := values[0]
	for _, value := range values[1:] {
		if value < smallest {
			smallest = value
		}
	}
	return smallest
}

func RingSums(grid [][]int) []int {
	if len(grid) == 0 || len(grid[0]) == 0 {
		return []int{}
	}
	rows, cols := len(grid), len(grid[0])
	sums := make([]int, (minOf(rows, cols)+1)/2)
	for r, row := range grid {
		for c, value := range row {
			sums[minOf(r, c, rows-1-r, cols-1-c)] += value
		}
	}
	return sums
}
