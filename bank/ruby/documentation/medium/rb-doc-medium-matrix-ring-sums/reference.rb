
# The grid is a rectangular matrix of integers (every row has the same length).
#
# @param grid [Object] the grid (list of list of int) the description refers to as `grid`
# @return [Object] the result described above (list of int)
def ring_sums(grid)
  rows = grid.size
  cols = grid.empty? ? 0 : grid.first.size
  return [] if rows.zero? || cols.zero?

  sums = Array.new(([rows, cols].min + 1) / 2, 0)
  grid.each_with_index do |line, r|
    line.each_with_index { |value, c| sums[[r, c, rows - 1 - r, cols - 1 - c].min] += value }
  end
  sums
end
