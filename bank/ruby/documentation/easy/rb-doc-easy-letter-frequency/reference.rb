
# Count how often each ASCII letter occurs in the text, ignoring case: "A" and "a" both count as "a".
#
# @param text [Object] the text (string) the description refers to as `text`
# @return [Object] the result described above (map of int)
def letter_frequency(text)
  text.downcase.scan(/[a-z]/).tally
end
