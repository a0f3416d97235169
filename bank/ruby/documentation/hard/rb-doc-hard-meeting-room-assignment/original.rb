
def insert_sorted(array, value)
  array.insert(array.bsearch_index { |item| (item <=> value) >= 0 } || array.size, value)
end

def assign_rooms(meetings)
  order = meetings.each_index.sort_by { |index| [meetings[index][0], index] }
  free_rooms = []
  busy = [] # [end time, room], sorted
  rooms = Array.new(meetings.size, 0)
  order.each do |index|
    start, finish = meetings[index]
    insert_sorted(free_rooms, busy.shift[1]) while busy.any? && busy.first[0] <= start
    # With no free room every opened room is busy,
    # so the next new room's number is the count of busy ones.
    room = free_rooms.shift || busy.size
    rooms[index] = room
    insert_sorted(busy, [finish, room])
  end
  rooms
end
