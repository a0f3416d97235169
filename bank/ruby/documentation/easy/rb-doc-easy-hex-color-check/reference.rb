
HEX_COLOR = /\A#(?:\h{3}|\h{6})\z/

# Decide whether the text is a hex colour code: a "#" followed by exactly 3 or exactly 6 hexadecimal digits, where a hexadecimal digit is 0 to 9, a to f or A to F (upper and lower case may be mixed).
#
# @param text [Object] the text (string) the description refers to as `text`
# @return [Object] the result described above (bool)
def is_hex_color(text)
  HEX_COLOR.match?(text)
end
