# Sort words by a custom alphabet; unknown characters rank after it, by character code.

def alphabet_rank(rank, char)
  rank.fetch(char) { rank.size + char.ord }
end

def sort_by_alphabet(words, alphabet)
  if alphabet.chars.uniq.size != alphabet.size
    raise ArgumentError, 'alphabet has a repeated character'
  end

  rank = alphabet.chars.each_with_index.to_h
  words.each_with_index
       .sort_by { |word, index| [word.chars.map { |char| alphabet_rank(rank, char) }, index] }
       .map(&:first)
end
