
# Helper for sort words by a custom alphabet.
#
# @param rank [Object] the rank to work on
# @param char [Object] the char to work on
# @return [Object] the computed value
def alphabet_rank(rank, char)
  rank.fetch(char) { rank.size + char.ord }
end

# Sort `words` using the character order given by `alphabet`.
#
# @param words [Object] the words (list of string) the description refers to as `words`
# @param alphabet [Object] the alphabet (string) the description refers to as `alphabet`
# @return [Object] the result described above (list of string)
# @raise [ArgumentError] when the alphabet contains a repeated character
def sort_by_alphabet(words, alphabet)
  if alphabet.chars.uniq.size != alphabet.size
    raise ArgumentError, 'alphabet has a repeated character'
  end

  rank = alphabet.chars.each_with_index.to_h
  words.each_with_index
       .sort_by { |word, index| [word.chars.map { |char| alphabet_rank(rank, char) }, index] }
       .map(&:first)
end
