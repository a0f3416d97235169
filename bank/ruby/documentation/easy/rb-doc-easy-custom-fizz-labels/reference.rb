
# Helper for labels from custom divisors.
#
# @param n [Object] the n (int) the description refers to as `n`
# @param divisors [Object] the divisors (list of int) the description refers to as `divisors`
# @param labels [Object] the labels (list of string) the description refers to as `labels`
# @return [Object] the computed value
# @raise [ArgumentError] when n is negative, the lists have different lengths, or a divisor is smaller than 1
def validate_fizz_rules(n, divisors, labels)
  raise ArgumentError, 'n must not be negative' if n.negative?
  unless divisors.size == labels.size
    raise ArgumentError, 'divisors and labels must have the same length'
  end
  raise ArgumentError, 'every divisor must be at least 1' if divisors.any? { |divisor| divisor < 1 }
end

# Helper for labels from custom divisors.
#
# @param number [Object] the number to work on
# @param rules [Object] the rules to work on
# @return [Object] the computed value
def fizz_label(number, rules)
  label = rules.select { |divisor, _| (number % divisor).zero? }.map(&:last).join
  label.empty? ? number.to_s : label
end

# Label the numbers 1 to n.
#
# @param n [Object] the n (int) the description refers to as `n`
# @param divisors [Object] the divisors (list of int) the description refers to as `divisors`
# @param labels [Object] the labels (list of string) the description refers to as `labels`
# @return [Object] the result described above (list of string)
def custom_fizz_labels(n, divisors, labels)
  validate_fizz_rules(n, divisors, labels)
  rules = divisors.zip(labels)
  (1..n).map { |number| fizz_label(number, rules) }
end
