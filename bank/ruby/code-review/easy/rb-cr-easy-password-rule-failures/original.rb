# Report which password rules a password breaks.

MIN_PASSWORD_LENGTH = 8

def password_rule_failures(password)
  passes = {
    'length' => password.size > MIN_PASSWORD_LENGTH,
    'upper' => password.match?(/[A-Z]/),
    'lower' => password.match?(/[a-z]/),
    'digit' => password.match?(/[0-9]/),
    'space' => !password.include?(' ')
  }
  passes.reject { |_, ok| ok }.keys
end
