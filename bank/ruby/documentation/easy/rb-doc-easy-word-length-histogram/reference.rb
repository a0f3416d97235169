
# Count the words of the text by length.
#
# @param text [Object] the text (string) the description refers to as `text`
# @return [Object] the result described above (map of int)
def word_length_histogram(text)
  text.scan(/[A-Za-z]+/).map { |word| word.size.to_s }.tally
end
