
TOKEN = /\s*(?:([0-9]+)|(.))/.freeze
OPERATOR_CHARACTERS = '+-*/%^()'

def tokenize(text)
  text.rstrip.scan(TOKEN).map do |number, symbol|
    if symbol && !OPERATOR_CHARACTERS.include?(symbol)
      raise ArgumentError, "unexpected character #{symbol.inspect}"
    end

    number || symbol
  end
end

def divide(left, right, operator)
  raise ArgumentError, 'division by zero' if right.zero?

  quotient = left.abs / right.abs
  quotient = -quotient if left.negative? != right.negative?
  operator == '/' ? quotient : left - right * quotient
end

class ExpressionParser
  def initialize(tokens)
    @tokens = tokens
    @position = 0
  end

  def peek
    @tokens[@position]
  end

  def take
    token = peek
    raise ArgumentError, 'unexpected end of expression' if token.nil?

    @position += 1
    token
  end

  def expression
    value = term
    while %w[+ -].include?(peek)
      operator = take
      right = term
      value = operator == '+' ? value + right : value - right
    end
    value
  end

  def term
    value = unary
    while %w[* / %].include?(peek)
      operator = take
      right = unary
      value = operator == '*' ? value * right : divide(value, right, operator)
    end
    value
  end

  def unary
    return power unless peek == '-'

    take
    -unary
  end

  def power
    base = atom
    return base unless peek == '^'

    take
    exponent = unary
    raise ArgumentError, 'negative exponent' if exponent.negative?

    base**exponent
  end

  def atom
    token = take
    return token.to_i if token.match?(/\A[0-9]+\z/)
    raise ArgumentError, "unexpected token #{token.inspect}" unless token == '('

    value = expression
    raise ArgumentError, "expected ')'" unless take == ')'

    value
  end
end

def evaluate_expression(expression)
  parser = ExpressionParser.new(tokenize(expression))
  value = parser.expression
  raise ArgumentError, "unexpected token #{parser.peek.inspect}" unless parser.peek.nil?

  value
end
