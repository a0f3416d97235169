# All ways to split a digit string into numbers that lie within a range.

def valid_part?(part, low, high)
  return false if part.size >= 1 && part.start_with?('0')

  part.to_i.between?(low, high)
end

# Every valid split of a non-empty digit string, as arrays of parts.
def splits(digits, low, high)
  (1..digits.size).flat_map do |cut|
    head = digits[1, cut]
    rest = digits[cut..]
    next [] unless valid_part?(head, low, high)

    rest.empty? ? [[head]] : splits(rest, low, high).map { |tail| [head, *tail] }
  end
end

def split_in_range(digits, low, high)
  return [] if digits.empty?

  splits(digits, low, high).map { |parts| parts.join('-') }.sort
end
