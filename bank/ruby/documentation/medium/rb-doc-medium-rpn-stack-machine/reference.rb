
INTEGER = /\A-?[0-9]+\z/.freeze
STACK_NEEDS = { 'dup' => 1, 'swap' => 2, 'drop' => 1 }.freeze

# Helper for postfix stack machine.
#
# @param a [Object] the a to work on
# @param b [Object] the b to work on
# @return [Object] the computed value
# @raise [ArgumentError] when stack underflow, division by zero, an unknown token, or not exactly one value left at the end
def divide(a, b)
  raise ArgumentError, 'division by zero' if b.zero?

  quotient = a.abs / b.abs
  (a.negative? == b.negative?) ? quotient : -quotient
end

ARITHMETIC = {
  '+' => ->(a, b) { a + b },
  '-' => ->(a, b) { a - b },
  '*' => ->(a, b) { a * b },
  '/' => method(:divide)
}.freeze

# Helper for postfix stack machine.
#
# @param stack [Object] the stack to work on
# @param word [Object] the word to work on
# @return [Object] the computed value
def apply_stack_word(stack, word)
  case word
  when 'dup' then stack << stack.last
  when 'swap' then stack[-2], stack[-1] = stack[-1], stack[-2]
  else stack.pop
  end
end

# Helper for postfix stack machine.
#
# @param stack [Object] the stack to work on
# @param count [Object] the count to work on
# @param token [Object] the token to work on
# @return [Object] the computed value
# @raise [ArgumentError] when stack underflow, division by zero, an unknown token, or not exactly one value left at the end
def require_depth(stack, count, token)
  raise ArgumentError, "stack underflow at #{token.inspect}" if stack.size < count
end

# Helper for postfix stack machine.
#
# @param stack [Object] the stack to work on
# @param token [Object] the token to work on
# @return [Object] the computed value
# @raise [ArgumentError] when stack underflow, division by zero, an unknown token, or not exactly one value left at the end
def step(stack, token)
  if INTEGER.match?(token)
    stack << token.to_i
  elsif ARITHMETIC.key?(token)
    require_depth(stack, 2, token)
    b = stack.pop
    a = stack.pop
    stack << ARITHMETIC[token].call(a, b)
  elsif STACK_NEEDS.key?(token)
    require_depth(stack, STACK_NEEDS[token], token)
    apply_stack_word(stack, token)
  else
    raise ArgumentError, "unknown token #{token.inspect}"
  end
end

# Run a list of postfix (reverse Polish) tokens on an initially empty stack of integers and return the result.
#
# @param tokens [Object] the tokens (list of string) the description refers to as `tokens`
# @return [Object] the result described above (int)
# @raise [ArgumentError] when stack underflow, division by zero, an unknown token, or not exactly one value left at the end
def run_postfix(tokens)
  stack = []
  tokens.each { |token| step(stack, token) }
  raise ArgumentError, "expected one value at the end, found #{stack.size}" unless stack.size == 1

  stack.first
end
