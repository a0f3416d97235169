
ELLIPSIS = '...'

def truncate_text(text, max_length)
  raise ArgumentError, 'max_length must be at least 3' if max_length < ELLIPSIS.length
  return text if text.length <= max_length

  text[0, max_length - ELLIPSIS.length] + ELLIPSIS
end
