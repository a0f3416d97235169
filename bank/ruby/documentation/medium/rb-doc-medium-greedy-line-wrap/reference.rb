
# Wrap `text` into lines of at most `width` characters (width >= 1).
#
# @param text [Object] the text (string) the description refers to as `text`
# @param width [Object] the width (int) the description refers to as `width`
# @return [Object] the result described above (list of string)
def wrap_words(text, width)
  lines = []
  current = []
  length = 0
  text.split(/ /).reject(&:empty?).each do |word|
    if current.any? && length + 1 + word.size > width
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
