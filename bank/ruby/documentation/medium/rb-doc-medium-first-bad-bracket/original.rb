
OPENER_OF = { ')' => '(', ']' => '[', '}' => '{' }.freeze
OPENERS = OPENER_OF.values.freeze

def first_bad_bracket(text)
  open_positions = []
  text.each_char.with_index do |char, index|
    if OPENERS.include?(char)
      open_positions << index
    elsif OPENER_OF.key?(char)
      return index if open_positions.empty? || text[open_positions.last] != OPENER_OF[char]

      open_positions.pop
    end
  end
  open_positions.first || -1
end
