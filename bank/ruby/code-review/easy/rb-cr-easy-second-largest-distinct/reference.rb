# Second largest distinct value of a list.

def second_largest_distinct(values)
  values.uniq.max(2)[1]
end
