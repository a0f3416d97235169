
def lowest_balance(start, changes)
  balance = start
  changes.map { |change| balance += change }.push(start).min
end
