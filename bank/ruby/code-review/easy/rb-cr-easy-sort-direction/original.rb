# Classify a list as constant, ascending, descending or mixed.

def sort_direction(values)
  pairs = values.each_cons(2).to_a
  return 'constant' if pairs.any? { |a, b| a == b }
  return 'ascending' if pairs.all? { |a, b| a <= b }
  return 'descending' if pairs.all? { |a, b| a >= b }

  'mixed'
end
