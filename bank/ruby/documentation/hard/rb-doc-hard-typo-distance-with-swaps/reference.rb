
COST_KEYS = %w[insert delete replace swap].freeze

# Helper for typo distance with swaps.
#
# @param costs [Object] the costs (map of int) the description refers to as `costs`
# @return [Object] the computed value
# @raise [ArgumentError] when costs does not have exactly the keys insert, delete, replace and swap, or a cost is negative
def validate_costs(costs)
  unless costs.keys.sort == COST_KEYS.sort
    raise ArgumentError, "costs must have exactly the keys #{COST_KEYS.join(', ')}"
  end
  raise ArgumentError, 'costs must not be negative' if costs.values.any?(&:negative?)
end

# Helper for typo distance with swaps.
#
# @param source [Object] the source (string) the description refers to as `source`
# @param target [Object] the target (string) the description refers to as `target`
# @param table [Object] the table to work on
# @param i [Object] the i to work on
# @param j [Object] the j to work on
# @param costs [Object] the costs (map of int) the description refers to as `costs`
# @return [Object] the computed value
def alignment_cell(source, target, table, i, j, costs)
  same = source[i - 1] == target[j - 1]
  best = [
    table[i - 1][j] + costs['delete'],
    table[i][j - 1] + costs['insert'],
    table[i - 1][j - 1] + (same ? 0 : costs['replace'])
  ].min
  swappable = i > 1 && j > 1 && source[i - 1] == target[j - 2] && source[i - 2] == target[j - 1]
  swappable ? [best, table[i - 2][j - 2] + costs['swap']].min : best
end

# Compute the cheapest way to turn `source` into `target` with these edits, each with its price from `costs`: insert one character ("insert"), delete one character ("delete"), replace one character by a different one ("replace"), and swap two adjacent characters ("swap").
#
# @param source [Object] the source (string) the description refers to as `source`
# @param target [Object] the target (string) the description refers to as `target`
# @param costs [Object] the costs (map of int) the description refers to as `costs`
# @return [Object] the result described above (int)
def typo_distance(source, target, costs)
  validate_costs(costs)
  rows = source.size + 1
  cols = target.size + 1
  table = Array.new(rows) { |i| Array.new(cols) { |j| i.zero? ? j * costs['insert'] : 0 } }
  (1...rows).each do |i|
    table[i][0] = i * costs['delete']
    (1...cols).each { |j| table[i][j] = alignment_cell(source, target, table, i, j, costs) }
  end
  table.last.last
end
