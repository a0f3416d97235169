
def word_length_histogram(text)
  text.scan(/[A-Za-z]+/).map { |word| word.size.to_s }.tally
end
