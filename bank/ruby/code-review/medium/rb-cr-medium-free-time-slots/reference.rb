# Free slots of a day given unsorted, possibly overlapping busy intervals.

def free_slots(busy, day_start, day_end, min_length)
  slots = []
  cursor = day_start
  busy.sort.each do |start, finish|
    slots << [cursor, [start, day_end].min] if start > cursor
    cursor = [cursor, finish].max
    break if cursor >= day_end
  end
  slots << [cursor, day_end] if cursor < day_end
  slots.select { |start, finish| finish - start >= min_length }
end
