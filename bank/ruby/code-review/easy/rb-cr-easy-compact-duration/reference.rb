# Write a number of seconds as "1d 2h 3m 4s", leaving out zero units.

DURATION_UNITS = [['d', 86_400], ['h', 3_600], ['m', 60], ['s', 1]].freeze

def compact_duration(seconds)
  raise ArgumentError, 'seconds must not be negative' if seconds.negative?

  remaining = seconds
  parts = DURATION_UNITS.filter_map do |letter, length|
    count, remaining = remaining.divmod(length)
    "#{count}#{letter}" if count.positive?
  end
  parts.empty? ? '0s' : parts.join(' ')
end
