
# An account starts at `start` and the `changes` are applied to it one after another (a positive change is a deposit, a negative one a withdrawal).
#
# @param start [Object] the start (int) the description refers to as `start`
# @param changes [Object] the changes (list of int) the description refers to as `changes`
# @return [Object] the result described above (int)
def lowest_balance(start, changes)
  balance = start
  changes.map { |change| balance += change }.push(start).min
end
