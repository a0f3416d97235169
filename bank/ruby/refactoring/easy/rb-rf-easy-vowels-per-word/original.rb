def vowels_per_word(text)
  result = []
  word = ""
  for i in 0...text.length
    if text[i] != " "
      word = word + text[i]
    else
      if word.length > 0
        n = 0
        for j in 0...word.length
          c = word[j]
          if c == "a" || c == "e" || c == "i" || c == "o" || c == "u"
            n = n + 1
          elsif c == "A" || c == "E" || c == "I" || c == "O" || c == "U"
            n = n + 1
          end
        end
        result.push(n)
        word = ""
      end
    end
  end
  if word.length > 0
    n = 0
    for j in 0...word.length
      c = word[j]
      if c == "a" || c == "e" || c == "i" || c == "o" || c == "u"
        n = n + 1
      elsif c == "A" || c == "E" || c == "I" || c == "O" || c == "U"
        n = n + 1
      end
    end
    result.push(n)
  end
  return result
end
