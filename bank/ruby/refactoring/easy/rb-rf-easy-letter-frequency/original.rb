def letter_frequency(text)
  counts = {}
  for i in 0...text.length
    c = text[i]
    if c.ord >= 65 && c.ord <= 90
      c = (c.ord + 32).chr
      if counts.keys.include?(c)
        counts[c] = counts[c] + 1
      else
        counts[c] = 1
      end
    elsif c.ord >= 97 && c.ord <= 122
      if counts.keys.include?(c)
        counts[c] = counts[c] + 1
      else
        counts[c] = 1
      end
    end
  end
  return counts
end
