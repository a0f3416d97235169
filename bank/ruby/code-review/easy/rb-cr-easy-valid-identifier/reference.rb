# Check that a text is an identifier: a letter or underscore, then letters, digits, underscores.

IDENTIFIER = /\A[A-Za-z_][A-Za-z0-9_]{0,29}\z/

def is_valid_identifier(name)
  IDENTIFIER.match?(name)
end
