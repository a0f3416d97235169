import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/** Assigns meetings to the lowest-numbered free room using two heaps. */
public class Solution {
    public static List<Long> assignRooms(List<List<Long>> meetings) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < meetings.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer index) -> meetings.get(index).get(0)).thenComparing(index -> index));
        PriorityQueue<Long> free = new PriorityQueue<>();
        PriorityQueue<long[]> busy = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0])); // {end, room}
        Long[] rooms = new Long[meetings.size()];
        long opened = 0;
        for (int index : order) {
            long start = meetings.get(index).get(0);
            while (!busy.isEmpty() && busy.peek()[0] <= start) {
                free.add(busy.poll()[1]);
            }
            long room = free.isEmpty() ? opened++ : free.poll();
            rooms[index] = room;
            busy.add(new long[] {meetings.get(index).get(1), room});
        }
        return List.of(rooms);
    }
}
