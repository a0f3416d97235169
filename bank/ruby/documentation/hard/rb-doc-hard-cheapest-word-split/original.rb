
def best_from(text, start, dictionary, plans)
  candidates = (start + 1..text.size).filter_map do |finish|
    piece = text[start...finish]
    rest = plans[finish]
    next unless dictionary.key?(piece) && rest

    [dictionary[piece] + rest[0], rest[1] + 1, [piece] + rest[2]]
  end
  candidates.min
end

def cheapest_split(text, dictionary)
  plans = Array.new(text.size + 1)
  plans[text.size] = [0, 0, []]
  (text.size - 1).downto(0) { |start| plans[start] = best_from(text, start, dictionary, plans) }
  raise ArgumentError, 'the text cannot be split into dictionary words' if plans.first.nil?

  plans.first[2]
end
