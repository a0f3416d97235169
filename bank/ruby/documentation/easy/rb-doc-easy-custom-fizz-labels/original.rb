
def validate_fizz_rules(n, divisors, labels)
  raise ArgumentError, 'n must not be negative' if n.negative?
  unless divisors.size == labels.size
    raise ArgumentError, 'divisors and labels must have the same length'
  end
  raise ArgumentError, 'every divisor must be at least 1' if divisors.any? { |divisor| divisor < 1 }
end

def fizz_label(number, rules)
  label = rules.select { |divisor, _| (number % divisor).zero? }.map(&:last).join
  label.empty? ? number.to_s : label
end

def custom_fizz_labels(n, divisors, labels)
  validate_fizz_rules(n, divisors, labels)
  rules = divisors.zip(labels)
  (1..n).map { |number| fizz_label(number, rules) }
end
