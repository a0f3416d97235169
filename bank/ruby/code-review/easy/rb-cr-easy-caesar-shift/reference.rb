# Shift the ASCII letters of a text around the alphabet, keeping their case.

ALPHABET_SIZE = 26

def caesar_shift(text, shift)
  text.gsub(/[A-Za-z]/) do |char|
    base = char.match?(/[a-z]/) ? 'a'.ord : 'A'.ord
    ((char.ord - base + shift) % ALPHABET_SIZE + base).chr
  end
end
