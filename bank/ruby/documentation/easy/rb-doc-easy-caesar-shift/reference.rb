
ALPHABET_SIZE = 26

# Move every ASCII letter of the text `shift` places forward in the alphabet, wrapping around from "z" back to "a" (and from "Z" back to "A").
#
# @param text [Object] the text (string) the description refers to as `text`
# @param shift [Object] the shift (int) the description refers to as `shift`
# @return [Object] the result described above (string)
def caesar_shift(text, shift)
  text.gsub(/[A-Za-z]/) do |char|
    base = char.match?(/[a-z]/) ? 'a'.ord : 'A'.ord
    ((char.ord - base + shift) % ALPHABET_SIZE + base).chr
  end
end
