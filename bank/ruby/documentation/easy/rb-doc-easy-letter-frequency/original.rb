
def letter_frequency(text)
  text.downcase.scan(/[a-z]/).tally
end
