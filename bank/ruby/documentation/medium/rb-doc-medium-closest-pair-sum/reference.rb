
# Helper for pair with the sum closest to a target.
#
# @param ordered [Object] the ordered to work on
# @param index [Object] the index to work on
# @param target [Object] the target (int) the description refers to as `target`
# @return [Object] the computed value
def best_partner_key(ordered, index, target)
  a = ordered[index]
  split = (index + 1...ordered.size).bsearch { |i| ordered[i] >= target - a } || ordered.size
  neighbours = [split - 1, split].select { |i| i > index && i < ordered.size }
  candidates = neighbours.map { |i| ordered[i] }
  candidates.map { |b| [(a + b - target).abs, a + b, a] }.min
end

# Choose two elements of `values` at different positions (equal values at different positions may be paired) whose sum is as close as possible to `target`, and return them as [a, b] with a <= b.
#
# @param values [Object] the values (list of int) the description refers to as `values`
# @param target [Object] the target (int) the description refers to as `target`
# @return [Object] the result described above (list of int)
def closest_pair_sum(values, target)
  return [] if values.size < 2

  ordered = values.sort
  _, total, a = (0...ordered.size - 1).map { |index| best_partner_key(ordered, index, target) }.min
  [a, total - a]
end
