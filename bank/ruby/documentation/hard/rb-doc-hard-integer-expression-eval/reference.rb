
TOKEN = /\s*(?:([0-9]+)|(.))/.freeze
OPERATOR_CHARACTERS = '+-*/%^()'

# Helper for integer expression evaluator.
#
# @param text [Object] the text to work on
# @return [Object] the computed value
# @raise [ArgumentError] when the expression is malformed (empty, unknown character, missing operand, unbalanced parenthesis, leftover tokens), divides or takes a remainder by zero, or raises to a negative exponent
def tokenize(text)
  text.rstrip.scan(TOKEN).map do |number, symbol|
    if symbol && !OPERATOR_CHARACTERS.include?(symbol)
      raise ArgumentError, "unexpected character #{symbol.inspect}"
    end

    number || symbol
  end
end

# Helper for integer expression evaluator.
#
# @param left [Object] the left to work on
# @param right [Object] the right to work on
# @param operator [Object] the operator to work on
# @return [Object] the computed value
# @raise [ArgumentError] when the expression is malformed (empty, unknown character, missing operand, unbalanced parenthesis, leftover tokens), divides or takes a remainder by zero, or raises to a negative exponent
def divide(left, right, operator)
  raise ArgumentError, 'division by zero' if right.zero?

  quotient = left.abs / right.abs
  quotient = -quotient if left.negative? != right.negative?
  operator == '/' ? quotient : left - right * quotient
end

# Part of integer expression evaluator.
class ExpressionParser
  def initialize(tokens)
    @tokens = tokens
    @position = 0
  end

  # Helper for integer expression evaluator.
  #
  # @return [Object] the computed value
  def peek
    @tokens[@position]
  end

  # Helper for integer expression evaluator.
  #
  # @return [Object] the computed value
  # @raise [ArgumentError] when the expression is malformed (empty, unknown character, missing operand, unbalanced parenthesis, leftover tokens), divides or takes a remainder by zero, or raises to a negative exponent
  def take
    token = peek
    raise ArgumentError, 'unexpected end of expression' if token.nil?

    @position += 1
    token
  end

  # Helper for integer expression evaluator.
  #
  # @return [Object] the computed value
  def expression
    value = term
    while %w[+ -].include?(peek)
      operator = take
      right = term
      value = operator == '+' ? value + right : value - right
    end
    value
  end

  # Helper for integer expression evaluator.
  #
  # @return [Object] the computed value
  def term
    value = unary
    while %w[* / %].include?(peek)
      operator = take
      right = unary
      value = operator == '*' ? value * right : divide(value, right, operator)
    end
    value
  end

  # Helper for integer expression evaluator.
  #
  # @return [Object] the computed value
  def unary
    return power unless peek == '-'

    take
    -unary
  end

  # Helper for integer expression evaluator.
  #
  # @return [Object] the computed value
  # @raise [ArgumentError] when the expression is malformed (empty, unknown character, missing operand, unbalanced parenthesis, leftover tokens), divides or takes a remainder by zero, or raises to a negative exponent
  def power
    base = atom
    return base unless peek == '^'

    take
    exponent = unary
    raise ArgumentError, 'negative exponent' if exponent.negative?

    base**exponent
  end

  # Helper for integer expression evaluator.
  #
  # @return [Object] the computed value
  # @raise [ArgumentError] when the expression is malformed (empty, unknown character, missing operand, unbalanced parenthesis, leftover tokens), divides or takes a remainder by zero, or raises to a negative exponent
  def atom
    token = take
    return token.to_i if token.match?(/\A[0-9]+\z/)
    raise ArgumentError, "unexpected token #{token.inspect}" unless token == '('

    value = expression
    raise ArgumentError, "expected ')'" unless take == ')'

    value
  end
end

# Evaluate an integer arithmetic expression.
#
# @param expression [Object] the expression (string) the description refers to as `expression`
# @return [Object] the result described above (int)
# @raise [ArgumentError] when the expression is malformed (empty, unknown character, missing operand, unbalanced parenthesis, leftover tokens), divides or takes a remainder by zero, or raises to a negative exponent
def evaluate_expression(expression)
  parser = ExpressionParser.new(tokenize(expression))
  value = parser.expression
  raise ArgumentError, "unexpected token #{parser.peek.inspect}" unless parser.peek.nil?

  value
end
