
def choose(n, k)
  return 0 if k.negative? || k > n

  (1..k).reduce(1) { |result, i| result * (n - k + i) / i }
end

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

def count_with_bits(lo, hi, k)
  count_below(hi + 1, k) - count_below(lo, k)
end
