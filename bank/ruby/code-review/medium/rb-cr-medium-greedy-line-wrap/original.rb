# Greedy word wrapping; over-long words get a line of their own.

def wrap_words(text, width)
  lines = []
  current = []
  length = 0
  text.split(/ /).reject(&:empty?).each do |word|
    if current.all? && length + 1 + word.size > width
      lines << current.join(' ')
      current = []
      length = 0
    end
    length += word.size + (current.empty? ? 0 : 1)
    current << word
  end
  lines << current.join(' ') unless current.empty?
  lines
end
