
# Helper for split digits into numbers within a range.
#
# @param part [Object] the part to work on
# @param low [Object] the low (int) the description refers to as `low`
# @param high [Object] the high (int) the description refers to as `high`
# @return [Object] the computed value
def valid_part?(part, low, high)
  return false if part.size > 1 && part.start_with?('0')

  part.to_i.between?(low, high)
end

# Helper for split digits into numbers within a range.
#
# @param digits [Object] the digits (string) the description refers to as `digits`
# @param low [Object] the low (int) the description refers to as `low`
# @param high [Object] the high (int) the description refers to as `high`
# @return [Object] the computed value
def splits(digits, low, high)
  (1..digits.size).flat_map do |cut|
    head = digits[0, cut]
    rest = digits[cut..]
    next [] unless valid_part?(head, low, high)

    rest.empty? ? [[head]] : splits(rest, low, high).map { |tail| [head, *tail] }
  end
end

# `digits` is a string of decimal digits (at most 12 of them).
#
# @param digits [Object] the digits (string) the description refers to as `digits`
# @param low [Object] the low (int) the description refers to as `low`
# @param high [Object] the high (int) the description refers to as `high`
# @return [Object] the result described above (list of string)
def split_in_range(digits, low, high)
  return [] if digits.empty?

  splits(digits, low, high).map { |parts| parts.join('-') }.sort
end
