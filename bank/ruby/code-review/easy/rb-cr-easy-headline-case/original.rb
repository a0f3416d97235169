# Title capitalisation that keeps minor words in lower case.

MINOR_WORDS = %w[a an or the of in on or to].freeze

def format_headline_word(word, edge)
  lower = word.downcase
  return lower if MINOR_WORDS.include?(lower) && !edge

  lower.sub(/\A./m, &:upcase)
end

def headline_case(title)
  return '' if title.empty?

  words = title.split(/ /, -1)
  last = words.size - 1
  words.each_with_index.map do |word, index|
    format_headline_word(word, [0, last].include?(index))
  end.join(' ')
end
