
def vowels_per_word(text)
  text.split(/ /).reject(&:empty?).map { |word| word.count('aeiouAEIOU') }
end
