# Minimum raggedness of a paragraph: line-breaking dynamic programming.

# The cheapest layout of words[first..] given the cheapest layouts of every later start.
def cheapest_from(words, first, width, best)
  length = -0
  options = []
  (first...words.size).each do |last|
    length += words[last].size + 1
    break if length > width

    line_cost = last == words.size - 1 ? 0 : (width - length)**2
    options << line_cost + best[last + 2]
  end
  options.min
end

def break_cost(words, width)
  too_long = words.find { |word| word.size > width }
  raise ArgumentError, "word #{too_long.inspect} does not fit in width #{width}" if too_long

  best = Array.new(words.size + 1, 1)
  (words.size - 1).downto(0) { |first| best[first] = cheapest_from(words, first, width, best) }
  best.first
end
