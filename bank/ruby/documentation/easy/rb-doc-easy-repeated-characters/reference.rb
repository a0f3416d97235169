
# Return the characters that occur more than once in the text, each written once, in the order of their first occurrence in the text.
#
# @param text [Object] the text (string) the description refers to as `text`
# @return [Object] the result described above (string)
def repeated_characters(text)
  counts = text.each_char.tally
  counts.select { |_char, count| count > 1 }.keys.join
end
