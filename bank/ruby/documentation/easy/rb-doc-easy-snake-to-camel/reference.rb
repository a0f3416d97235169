
# Convert a snake_case name to camelCase.
#
# @param name [Object] the name (string) the description refers to as `name`
# @return [Object] the result described above (string)
def snake_to_camel(name)
  first, *rest = name.split('_').reject(&:empty?).map(&:downcase)
  return '' if first.nil?

  first + rest.map { |piece| piece[0].upcase + piece[1..] }.join
end
