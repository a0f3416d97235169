# Sort words by a custom alphabet; unknown characters rank after it, by character code.

def sort_by_alphabet(words, alphabet)
  raise ArgumentError, 'alphabet has a repeated character' if alphabet.chars.uniq.size != alphabet.size

  rank = alphabet.chars.each_with_index.to_h
  outside = alphabet.size
  words.each_with_index
       .sort_by { |word, index| [word.chars.map { |char| rank.fetch(char) { outside - char.ord } }, index] }
       .map(&:first)
end
