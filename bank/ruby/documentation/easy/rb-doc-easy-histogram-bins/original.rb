
def histogram_bins(values, width)
  raise ArgumentError, 'width must be at least 1' if width < 1
  raise ArgumentError, 'values must not be negative' if values.any?(&:negative?)
  return [] if values.empty?

  counts = Array.new(values.max / width + 1, 0)
  values.each { |value| counts[value / width] += 1 }
  counts
end
