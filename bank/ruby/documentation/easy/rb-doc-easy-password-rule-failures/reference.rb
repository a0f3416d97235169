
MIN_PASSWORD_LENGTH = 8

# Check a password against five rules and return the names of the rules it breaks, in this order: "length" when it has fewer than 8 characters, "upper" when it has no upper-case letter A to Z, "lower" when it has no lower-case letter a to z, "digit" when it has no digit 0 to 9, and "space" when it contains a space character.
#
# @param password [Object] the password (string) the description refers to as `password`
# @return [Object] the result described above (list of string)
def password_rule_failures(password)
  passes = {
    'length' => password.size >= MIN_PASSWORD_LENGTH,
    'upper' => password.match?(/[A-Z]/),
    'lower' => password.match?(/[a-z]/),
    'digit' => password.match?(/[0-9]/),
    'space' => !password.include?(' ')
  }
  passes.reject { |_, ok| ok }.keys
end
