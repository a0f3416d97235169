
def interleave_strings(first, second)
  length = [first.length, second.length].max
  (0...length).map { |index| "#{first[index]}#{second[index]}" }.join
end
