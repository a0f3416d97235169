
ELLIPSIS = '...'

# Shorten the text so that it has at most `max_length` characters.
#
# @param text [Object] the text (string) the description refers to as `text`
# @param max_length [Object] the max length (int) the description refers to as `max_length`
# @return [Object] the result described above (string)
# @raise [ArgumentError] when max_length is smaller than 3
def truncate_text(text, max_length)
  raise ArgumentError, 'max_length must be at least 3' if max_length < ELLIPSIS.length
  return text if text.length <= max_length

  text[0, max_length - ELLIPSIS.length] + ELLIPSIS
end
