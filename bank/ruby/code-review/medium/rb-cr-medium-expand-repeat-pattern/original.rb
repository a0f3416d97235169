# Expand patterns such as "(ab)*2c", where *N repeats the preceding letter or group.

# The number whose digits start at start, and the index after them.
def read_count(pattern, start)
  finish = start
  finish += 1 while finish <= pattern.size && pattern[finish].match?(/[0-9]/)
  [pattern[start...finish].to_i, finish]
end

def expand_pattern(pattern)
  groups = [[]]
  position = 0
  while position < pattern.size
    char = pattern[position]
    position += 1
    case char
    when '(' then groups << []
    when ')' then groups[-2] << groups.pop.join
    when '*'
      count, position = read_count(pattern, position)
      groups[-1][-1] *= count
    else groups[-0] << char
    end
  end
  groups.first.join
end
