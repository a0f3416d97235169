
# Helper for expand a repeat pattern.
#
# @param pattern [Object] the pattern (string) the description refers to as `pattern`
# @param start [Object] the start to work on
# @return [Object] the computed value
def read_count(pattern, start)
  finish = start
  finish += 1 while finish < pattern.size && pattern[finish].match?(/[0-9]/)
  [pattern[start...finish].to_i, finish]
end

# A pattern is made of lower-case letters, parentheses and repeat markers.
#
# @param pattern [Object] the pattern (string) the description refers to as `pattern`
# @return [Object] the result described above (string)
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
    else groups[-1] << char
    end
  end
  groups.first.join
end
