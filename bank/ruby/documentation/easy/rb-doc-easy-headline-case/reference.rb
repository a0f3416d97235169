
MINOR_WORDS = %w[a an and the of in on or to].freeze

# Helper for headline capitalisation.
#
# @param word [Object] the word to work on
# @param edge [Object] the edge to work on
# @return [Object] the computed value
def format_headline_word(word, edge)
  lower = word.downcase
  return lower if MINOR_WORDS.include?(lower) && !edge

  lower.sub(/\A./m, &:upcase)
end

# Capitalise a title.
#
# @param title [Object] the title (string) the description refers to as `title`
# @return [Object] the result described above (string)
def headline_case(title)
  return '' if title.empty?

  words = title.split(/ /, -1)
  last = words.size - 1
  words.each_with_index.map do |word, index|
    format_headline_word(word, [0, last].include?(index))
  end.join(' ')
end
