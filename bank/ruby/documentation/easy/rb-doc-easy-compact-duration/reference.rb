
DURATION_UNITS = [['d', 86_400], ['h', 3_600], ['m', 60], ['s', 1]].freeze

# Write a number of seconds as days, hours, minutes and seconds, where a day has 24 hours, an hour 60 minutes and a minute 60 seconds.
#
# @param seconds [Object] the seconds (int) the description refers to as `seconds`
# @return [Object] the result described above (string)
# @raise [ArgumentError] when seconds is negative
def compact_duration(seconds)
  raise ArgumentError, 'seconds must not be negative' if seconds.negative?

  remaining = seconds
  parts = DURATION_UNITS.filter_map do |letter, length|
    count, remaining = remaining.divmod(length)
    "#{count}#{letter}" if count.positive?
  end
  parts.empty? ? '0s' : parts.join(' ')
end
