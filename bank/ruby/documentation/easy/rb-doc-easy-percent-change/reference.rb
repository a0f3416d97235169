
# Return the change from `old` to `new` as a percentage of the size of `old`: (new - old) / |old| * 100.
#
# @param old [Object] the old (float) the description refers to as `old`
# @param new [Object] the new (float) the description refers to as `new`
# @return [Object] the result described above (float)
# @raise [ArgumentError] when old is zero
def percent_change(old, new)
  raise ArgumentError, 'old must not be zero' if old.zero?

  (new - old) / old.abs.to_f * 100
end
