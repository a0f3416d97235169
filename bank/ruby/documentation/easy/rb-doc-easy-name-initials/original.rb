
def name_initials(name)
  name.split(/[ -]/).reject(&:empty?).map { |part| "#{part[0].upcase}." }.join
end
