
TOKEN = /\s*(?:([A-Za-z_][A-Za-z0-9_]*)|(.))/.freeze
KEYWORDS = %w[and or not true false].freeze

# Helper for boolean filter evaluator.
#
# @param text [Object] the text to work on
# @return [Object] the computed value
# @raise [ArgumentError] when the expression is malformed (empty, unknown character, missing operand, unbalanced parenthesis, leftover tokens) or uses a variable that is not in variables
def tokenize(text)
  text.rstrip.scan(TOKEN).map do |word, symbol|
    if symbol && !'()'.include?(symbol)
      raise ArgumentError, "unexpected character #{symbol.inspect}"
    end

    word || symbol
  end
end

# Part of boolean filter evaluator.
class FilterParser
  def initialize(tokens, variables)
    @tokens = tokens
    @variables = variables
    @position = 0
  end

  # Helper for boolean filter evaluator.
  #
  # @return [Object] the computed value
  def peek
    @tokens[@position]
  end

  # Helper for boolean filter evaluator.
  #
  # @return [Object] the computed value
  # @raise [ArgumentError] when the expression is malformed (empty, unknown character, missing operand, unbalanced parenthesis, leftover tokens) or uses a variable that is not in variables
  def take
    token = peek
    raise ArgumentError, 'unexpected end of expression' if token.nil?

    @position += 1
    token
  end

  # Helper for boolean filter evaluator.
  #
  # @return [Object] the computed value
  def disjunction
    value = conjunction
    while peek == 'or'
      take
      right = conjunction
      value ||= right
    end
    value
  end

  # Helper for boolean filter evaluator.
  #
  # @return [Object] the computed value
  def conjunction
    value = negation
    while peek == 'and'
      take
      right = negation
      value &&= right
    end
    value
  end

  # Helper for boolean filter evaluator.
  #
  # @return [Object] the computed value
  def negation
    return atom unless peek == 'not'

    take
    !negation
  end

  # Helper for boolean filter evaluator.
  #
  # @return [Object] the computed value
  # @raise [ArgumentError] when the expression is malformed (empty, unknown character, missing operand, unbalanced parenthesis, leftover tokens) or uses a variable that is not in variables
  def atom
    token = take
    return parenthesized if token == '('
    return token == 'true' if %w[true false].include?(token)
    if KEYWORDS.include?(token) || token == ')'
      raise ArgumentError, "unexpected token #{token.inspect}"
    end
    raise ArgumentError, "unknown variable #{token.inspect}" unless @variables.key?(token)

    @variables[token]
  end

  # Helper for boolean filter evaluator.
  #
  # @return [Object] the computed value
  # @raise [ArgumentError] when the expression is malformed (empty, unknown character, missing operand, unbalanced parenthesis, leftover tokens) or uses a variable that is not in variables
  def parenthesized
    value = disjunction
    raise ArgumentError, "expected ')'" unless take == ')'

    value
  end
end

# Evaluate a boolean filter expression.
#
# @param expression [Object] the expression (string) the description refers to as `expression`
# @param variables [Object] the variables (map of bool) the description refers to as `variables`
# @return [Object] the result described above (bool)
# @raise [ArgumentError] when the expression is malformed (empty, unknown character, missing operand, unbalanced parenthesis, leftover tokens) or uses a variable that is not in variables
def evaluate_filter(expression, variables)
  parser = FilterParser.new(tokenize(expression), variables)
  value = parser.disjunction
  raise ArgumentError, "unexpected token #{parser.peek.inspect}" unless parser.peek.nil?

  value
end
