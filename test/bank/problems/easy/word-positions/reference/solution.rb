def word_positions(words, limit)
  raise ArgumentError, 'limit must not be negative' if limit&.negative?

  chosen = limit.nil? ? words : words.first(limit)
  chosen.each_with_index.with_object(Hash.new { |hash, key| hash[key] = [] }) { |(word, index), found| found[word] << index }.to_h
end
