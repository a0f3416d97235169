def custom_fizz_labels(n, divisors, labels)
  if n < 0
    raise ArgumentError, "bad"
  end
  if divisors.length != labels.length
    raise ArgumentError, "bad"
  end
  for i in 0...divisors.length
    if divisors[i] < 1
      raise ArgumentError, "bad"
    end
  end
  result = []
  if n > 0
    i = 1
    while i <= n
      s = ""
      found = false
      if divisors.length > 0
        for j in 0...divisors.length
          if i % divisors[j] == 0
            if labels[j] != nil
              s = s + labels[j]
              found = true
            end
          end
        end
      end
      if found == false
        s = ""
        x = i
        while x > 0
          s = "0123456789"[x % 10] + s
          x = x / 10
        end
      end
      result.push(s)
      i = i + 1
    end
  end
  return result
end
