# The first longest space-separated word of a text.

def longest_word(text)
  text.split(/ +/).reduce('') { |best, word| word.length > best.length ? word : best }
end
