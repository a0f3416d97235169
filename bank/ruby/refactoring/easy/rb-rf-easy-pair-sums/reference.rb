# Sum consecutive, non-overlapping pairs of a list.

def pair_sums(values)
  values.each_slice(2).map(&:sum)
end
