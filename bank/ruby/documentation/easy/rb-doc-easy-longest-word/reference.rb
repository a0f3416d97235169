
# Return the longest word of the text.
#
# @param text [Object] the text (string) the description refers to as `text`
# @return [Object] the result described above (string)
def longest_word(text)
  text.split(/ +/).reduce('') { |best, word| word.length > best.length ? word : best }
end
