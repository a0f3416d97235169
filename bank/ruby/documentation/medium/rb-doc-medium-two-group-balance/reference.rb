
require 'set'

# Helper for balance weights between two groups.
#
# @param weights [Object] the weights (list of int) the description refers to as `weights`
# @return [Object] the computed value
def reachable_totals(weights)
  weights.reduce(Set[0]) { |totals, weight| totals | totals.map { |total| total + weight } }
end

# Put each of the non-negative integer `weights` (at most 20 of them) into exactly one of two groups; a group may be empty.
#
# @param weights [Object] the weights (list of int) the description refers to as `weights`
# @return [Object] the result described above (int)
def min_split_difference(weights)
  grand_total = weights.sum
  reachable_totals(weights).map { |total| (grand_total - 2 * total).abs }.min
end
