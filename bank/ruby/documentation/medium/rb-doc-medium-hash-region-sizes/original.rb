
FILLED = '#'
STEPS = [[1, 0], [-1, 0], [0, 1], [0, -1]].freeze

def filled_neighbours(grid, row, col)
  STEPS.map { |dr, dc| [row + dr, col + dc] }.select do |r, c|
    r.between?(0, grid.size - 1) && c >= 0 && c < grid[r].size && grid[r][c] == FILLED
  end
end

def flood(grid, start, seen)
  seen[start] = true
  queue = [start]
  size = 0
  until queue.empty?
    row, col = queue.shift
    size += 1
    filled_neighbours(grid, row, col).each do |cell|
      next if seen[cell]

      seen[cell] = true
      queue << cell
    end
  end
  size
end

def region_sizes(grid)
  seen = {}
  sizes = []
  grid.each_with_index do |line, row|
    line.each_char.with_index do |char, col|
      sizes << flood(grid, [row, col], seen) if char == FILLED && !seen[[row, col]]
    end
  end
  sizes.sort.reverse
end
