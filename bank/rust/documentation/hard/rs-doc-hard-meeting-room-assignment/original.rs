
use std::cmp::Reverse;
use std::collections::BinaryHeap;

pub fn assign_rooms(meetings: Vec<Vec<i64>>) -> Vec<i64> {
    let mut order: Vec<usize> = (0..meetings.len()).collect();
    order.sort_by_key(|&index| (meetings[index][0], index));
    let mut free: BinaryHeap<Reverse<i64>> = BinaryHeap::new();
    let mut busy: BinaryHeap<Reverse<(i64, i64)>> = BinaryHeap::new(); // (end time, room)
    let mut rooms = vec![0; meetings.len()];
    let mut opened = 0;
    for index in order {
        let (start, end) = (meetings[index][0], meetings[index][1]);
        while let Some(&Reverse((finish, room))) = busy.peek() {
            if finish > start {
                break;
            }
            busy.pop();
            free.push(Reverse(room));
        }
        let room = match free.pop() {
            Some(Reverse(room)) => room,
            None => {
                opened += 1;
                opened - 1
            }
        };
        rooms[index] = room;
        busy.push(Reverse((end, room)));
    }
    rooms
}
