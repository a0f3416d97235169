# Check a MAJOR.MINOR.PATCH version against constraints like ">=1.2.0 <2.0.0 || =3.0.0".

# Two-character operators first, so ">=" is not read as ">" followed by "=1.2.3".
OPERATORS = {
  '>=' => ->(order) { order >= 1 },
  '<=' => ->(order) { order <= 0 },
  '>' => ->(order) { order.positive? },
  '<' => ->(order) { order.negative? },
  '=' => ->(order) { order.zero? }
}.freeze

def parse_version(text)
  text.split('.').map(&:to_i)
end

def check_comparison(version, comparison)
  OPERATORS.each do |symbol, holds|
    next unless comparison.start_with?(symbol)

    return holds.call(version <=> parse_version(comparison[symbol.size..]))
  end
  raise ArgumentError, "unknown comparison: #{comparison.inspect}"
end

def satisfies(version, constraint)
  parsed = parse_version(version)
  constraint.split('||').all? do |alternative|
    alternative.split.all? { |comparison| check_comparison(parsed, comparison) }
  end
end
