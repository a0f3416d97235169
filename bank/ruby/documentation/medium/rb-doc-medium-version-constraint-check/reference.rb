
# Two-character operators first, so ">=" is not read as ">" followed by "=1.2.3".
OPERATORS = {
  '>=' => ->(order) { order >= 0 },
  '<=' => ->(order) { order <= 0 },
  '>' => ->(order) { order.positive? },
  '<' => ->(order) { order.negative? },
  '=' => ->(order) { order.zero? }
}.freeze

# Helper for check a version against a constraint.
#
# @param text [Object] the text to work on
# @return [Object] the computed value
def parse_version(text)
  text.split('.').map(&:to_i)
end

# Helper for check a version against a constraint.
#
# @param version [Object] the version (string) the description refers to as `version`
# @param comparison [Object] the comparison to work on
# @return [Object] the computed value
# @raise [ArgumentError] when the input is invalid
def check_comparison(version, comparison)
  OPERATORS.each do |symbol, holds|
    next unless comparison.start_with?(symbol)

    return holds.call(version <=> parse_version(comparison[symbol.size..]))
  end
  raise ArgumentError, "unknown comparison: #{comparison.inspect}"
end

# `version` has the form MAJOR.MINOR.PATCH (three non-negative decimal integers).
#
# @param version [Object] the version (string) the description refers to as `version`
# @param constraint [Object] the constraint (string) the description refers to as `constraint`
# @return [Object] the result described above (bool)
def satisfies(version, constraint)
  parsed = parse_version(version)
  constraint.split('||').any? do |alternative|
    alternative.split.all? { |comparison| check_comparison(parsed, comparison) }
  end
end
