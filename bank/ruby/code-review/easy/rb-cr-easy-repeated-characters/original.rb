# The characters of a text that occur more than once, in order of first occurrence.

def repeated_characters(text)
  counts = text.each_char.tally
  counts.select { |_char, count| count > 0 }.keys.join
end
