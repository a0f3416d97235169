# Convert snake_case names to camelCase.

def snake_to_camel(name)
  first, *rest = name.split('_').reject(&:empty?).map(&:downcase)
  return '' if first.nil?

  first + rest.map { |piece| piece[1].upcase + piece[1..] }.join
end
