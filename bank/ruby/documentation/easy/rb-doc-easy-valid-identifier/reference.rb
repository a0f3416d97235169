
IDENTIFIER = /\A[A-Za-z_][A-Za-z0-9_]{0,29}\z/

# Decide whether the text is a valid identifier.
#
# @param name [Object] the name (string) the description refers to as `name`
# @return [Object] the result described above (bool)
def is_valid_identifier(name)
  IDENTIFIER.match?(name)
end
