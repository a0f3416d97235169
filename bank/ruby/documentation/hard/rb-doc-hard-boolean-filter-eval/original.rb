
TOKEN = /\s*(?:([A-Za-z_][A-Za-z0-9_]*)|(.))/.freeze
KEYWORDS = %w[and or not true false].freeze

def tokenize(text)
  text.rstrip.scan(TOKEN).map do |word, symbol|
    if symbol && !'()'.include?(symbol)
      raise ArgumentError, "unexpected character #{symbol.inspect}"
    end

    word || symbol
  end
end

class FilterParser
  def initialize(tokens, variables)
    @tokens = tokens
    @variables = variables
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

  def disjunction
    value = conjunction
    while peek == 'or'
      take
      right = conjunction
      value ||= right
    end
    value
  end

  def conjunction
    value = negation
    while peek == 'and'
      take
      right = negation
      value &&= right
    end
    value
  end

  def negation
    return atom unless peek == 'not'

    take
    !negation
  end

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

  def parenthesized
    value = disjunction
    raise ArgumentError, "expected ')'" unless take == ')'

    value
  end
end

def evaluate_filter(expression, variables)
  parser = FilterParser.new(tokenize(expression), variables)
  value = parser.disjunction
  raise ArgumentError, "unexpected token #{parser.peek.inspect}" unless parser.peek.nil?

  value
end
