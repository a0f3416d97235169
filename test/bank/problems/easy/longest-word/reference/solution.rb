def longest_word(text, at_least)
  best = text.split(' ').max_by.with_index { |word, index| [word.length, -index] }
  best && best.length >= at_least ? best : nil
end
