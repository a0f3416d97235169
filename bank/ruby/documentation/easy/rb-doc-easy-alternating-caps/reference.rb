
# Rewrite the letters of the text so that they alternate between upper and lower case: the first letter is upper case, the second lower case, the third upper case, and so on, whatever their case in the input.
#
# @param text [Object] the text (string) the description refers to as `text`
# @return [Object] the result described above (string)
def alternating_caps(text)
  upper_next = true
  text.gsub(/[A-Za-z]/) do |letter|
    replaced = upper_next ? letter.upcase : letter.downcase
    upper_next = !upper_next
    replaced
  end
end
