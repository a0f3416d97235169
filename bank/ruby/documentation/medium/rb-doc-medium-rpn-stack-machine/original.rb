
INTEGER = /\A-?[0-9]+\z/.freeze
STACK_NEEDS = { 'dup' => 1, 'swap' => 2, 'drop' => 1 }.freeze

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

def apply_stack_word(stack, word)
  case word
  when 'dup' then stack << stack.last
  when 'swap' then stack[-2], stack[-1] = stack[-1], stack[-2]
  else stack.pop
  end
end

def require_depth(stack, count, token)
  raise ArgumentError, "stack underflow at #{token.inspect}" if stack.size < count
end

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

def run_postfix(tokens)
  stack = []
  tokens.each { |token| step(stack, token) }
  raise ArgumentError, "expected one value at the end, found #{stack.size}" unless stack.size == 1

  stack.first
end
