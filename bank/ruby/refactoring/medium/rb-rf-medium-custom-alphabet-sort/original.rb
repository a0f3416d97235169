def sort_by_alphabet(words, alphabet)
  for i in 0...alphabet.length
    for j in 0...alphabet.length
      if i != j && alphabet[i] == alphabet[j]
        raise ArgumentError, "dup"
      end
    end
  end
  res = []
  for i in 0...words.length
    res.push(words[i])
  end
  n = res.length
  for i in 0...n
    for j in 0...(n - 1)
      a = res[j]
      b = res[j + 1]
      swap = false
      k = 0
      decided = false
      while k < a.length && k < b.length
        ra = -1
        for p in 0...alphabet.length
          if alphabet[p] == a[k]
            ra = p
          end
        end
        if ra == -1
          ra = 1000 + a[k].ord
        end
        rb = -1
        for p in 0...alphabet.length
          if alphabet[p] == b[k]
            rb = p
          end
        end
        if rb == -1
          rb = 1000 + b[k].ord
        end
        if ra != rb
          if ra > rb
            swap = true
          end
          decided = true
          break
        end
        k = k + 1
      end
      if decided == false
        if a.length > b.length
          swap = true
        end
      end
      if swap
        res[j] = b
        res[j + 1] = a
      end
    end
  end
  return res
end
