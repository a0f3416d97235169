
def best_partner_key(ordered, index, target)
  a = ordered[index]
  split = (index + 1...ordered.size).bsearch { |i| ordered[i] >= target - a } || ordered.size
  neighbours = [split - 1, split].select { |i| i > index && i < ordered.size }
  candidates = neighbours.map { |i| ordered[i] }
  candidates.map { |b| [(a + b - target).abs, a + b, a] }.min
end

def closest_pair_sum(values, target)
  return [] if values.size < 2

  ordered = values.sort
  _, total, a = (0...ordered.size - 1).map { |index| best_partner_key(ordered, index, target) }.min
  [a, total - a]
end
