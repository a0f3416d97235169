
# Helper for paragraph line-break cost.
#
# @param words [Object] the words (list of string) the description refers to as `words`
# @param first [Object] the first to work on
# @param width [Object] the width (int) the description refers to as `width`
# @param best [Object] the best to work on
# @return [Object] the computed value
def cheapest_from(words, first, width, best)
  length = -1
  options = []
  (first...words.size).each do |last|
    length += words[last].size + 1
    break if length > width

    line_cost = last == words.size - 1 ? 0 : (width - length)**2
    options << line_cost + best[last + 1]
  end
  options.min
end

# Lay out `words` (non-empty, without spaces), in their given order, on lines of at most `width` characters.
#
# @param words [Object] the words (list of string) the description refers to as `words`
# @param width [Object] the width (int) the description refers to as `width`
# @return [Object] the result described above (int)
# @raise [ArgumentError] when a word is longer than width
def break_cost(words, width)
  too_long = words.find { |word| word.size > width }
  raise ArgumentError, "word #{too_long.inspect} does not fit in width #{width}" if too_long

  best = Array.new(words.size + 1, 0)
  (words.size - 1).downto(0) { |first| best[first] = cheapest_from(words, first, width, best) }
  best.first
end
