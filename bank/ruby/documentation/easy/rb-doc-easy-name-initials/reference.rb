
# Build the initials of a name.
#
# @param name [Object] the name (string) the description refers to as `name`
# @return [Object] the result described above (string)
def name_initials(name)
  name.split(/[ -]/).reject(&:empty?).map { |part| "#{part[0].upcase}." }.join
end
