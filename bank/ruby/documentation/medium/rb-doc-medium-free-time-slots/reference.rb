
# `busy` lists half-open time intervals [start, end) with start < end.
#
# @param busy [Object] the busy (list of list of int) the description refers to as `busy`
# @param day_start [Object] the day start (int) the description refers to as `day_start`
# @param day_end [Object] the day end (int) the description refers to as `day_end`
# @param min_length [Object] the min length (int) the description refers to as `min_length`
# @return [Object] the result described above (list of list of int)
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
