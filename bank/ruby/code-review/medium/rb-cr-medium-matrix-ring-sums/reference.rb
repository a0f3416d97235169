# Sum each concentric ring of a rectangular matrix, outermost first.

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
