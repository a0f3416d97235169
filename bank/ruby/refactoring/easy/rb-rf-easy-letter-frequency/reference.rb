# Count the ASCII letters of a text, ignoring case.

def letter_frequency(text)
  text.downcase.scan(/[a-z]/).tally
end
