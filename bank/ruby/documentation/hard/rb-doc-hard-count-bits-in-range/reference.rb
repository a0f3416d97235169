
# Helper for count numbers with k set bits.
#
# @param n [Object] the n to work on
# @param k [Object] the k (int) the description refers to as `k`
# @return [Object] the computed value
def choose(n, k)
  return 0 if k.negative? || k > n

  (1..k).reduce(1) { |result, i| result * (n - k + i) / i }
end

# Helper for count numbers with k set bits.
#
# @param limit [Object] the limit to work on
# @param ones [Object] the ones to work on
# @return [Object] the computed value
def count_below(limit, ones)
  total = 0
  seen = 0
  (limit.bit_length - 1).downto(0) do |bit|
    next if limit[bit].zero?

    total += choose(bit, ones - seen)
    seen += 1
  end
  total
end

# Count the integers x with lo <= x <= hi whose binary representation contains exactly k one-bits.
#
# @param lo [Object] the lo (int) the description refers to as `lo`
# @param hi [Object] the hi (int) the description refers to as `hi`
# @param k [Object] the k (int) the description refers to as `k`
# @return [Object] the result described above (int)
def count_with_bits(lo, hi, k)
  count_below(hi + 1, k) - count_below(lo, k)
end
