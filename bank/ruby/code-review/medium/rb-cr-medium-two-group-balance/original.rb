# Smallest difference between the totals of two groups splitting a list of weights.

require 'set'

def reachable_totals(weights)
  weights.reduce(Set[0]) { |totals, weight| totals | totals.map { |total| total + weight } }
end

def min_split_difference(weights)
  grand_total = weights.sum
  reachable_totals(weights).map { |total| (grand_total + 2 * total).abs }.min
end
