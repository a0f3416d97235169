
# Helper for cheapest word split.
#
# @param text [Object] the text (string) the description refers to as `text`
# @param start [Object] the start to work on
# @param dictionary [Object] the dictionary (map of int) the description refers to as `dictionary`
# @param plans [Object] the plans to work on
# @return [Object] the computed value
def best_from(text, start, dictionary, plans)
  candidates = (start + 1..text.size).filter_map do |finish|
    piece = text[start...finish]
    rest = plans[finish]
    next unless dictionary.key?(piece) && rest

    [dictionary[piece] + rest[0], rest[1] + 1, [piece] + rest[2]]
  end
  candidates.min
end

# Split `text` into consecutive pieces that are all keys of `dictionary` (each piece may be used any number of times; every key maps to a cost of at least 0), so that the pieces concatenated give back `text`.
#
# @param text [Object] the text (string) the description refers to as `text`
# @param dictionary [Object] the dictionary (map of int) the description refers to as `dictionary`
# @return [Object] the result described above (list of string)
# @raise [ArgumentError] when the text cannot be split into dictionary words
def cheapest_split(text, dictionary)
  plans = Array.new(text.size + 1)
  plans[text.size] = [0, 0, []]
  (text.size - 1).downto(0) { |start| plans[start] = best_from(text, start, dictionary, plans) }
  raise ArgumentError, 'the text cannot be split into dictionary words' if plans.first.nil?

  plans.first[2]
end
