# Length of the longest strictly increasing run of adjacent elements.

def longest_rising_streak(values)
  values.slice_when { |previous, value| value <= previous }.map(&:size).max || 0
end
