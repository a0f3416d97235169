# Initials of a name whose words may be joined by dashes.

def name_initials(name)
  name.split(/[ -]/).reject(&:empty?).map { |part| "#{part[0].upcase}." }.join
end
