
def max_booking_value(bookings)
  ordered = bookings.sort_by { |booking| booking[1] }
  ends = ordered.map { |booking| booking[1] }
  best = Array.new(ordered.size + 1, 0) # best[i]: the optimum over the first i bookings by end
  ordered.each_with_index do |(start, _, value), i|
    compatible = (0...i).bsearch { |k| ends[k] > start } || i
    best[i + 1] = [best[i], best[compatible] + value].max
  end
  best.last
end
