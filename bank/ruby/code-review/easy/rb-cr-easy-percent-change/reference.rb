# The change between two values as a percentage of the first one's size.

def percent_change(old, new)
  raise ArgumentError, 'old must not be zero' if old.zero?

  (new - old) / old.abs.to_f * 100
end
