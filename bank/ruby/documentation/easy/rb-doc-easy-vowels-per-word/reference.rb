
# Split the text into words and count the vowels in each one.
#
# @param text [Object] the text (string) the description refers to as `text`
# @return [Object] the result described above (list of int)
def vowels_per_word(text)
  text.split(/ /).reject(&:empty?).map { |word| word.count('aeiouAEIOU') }
end
