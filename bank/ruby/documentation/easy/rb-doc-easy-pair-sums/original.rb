
def pair_sums(values)
  values.each_slice(2).map(&:sum)
end
