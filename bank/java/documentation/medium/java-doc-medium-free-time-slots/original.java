import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

public class Solution {
    public static List<List<Long>> freeSlots(List<List<Long>> busy, long dayStart, long dayEnd,
            long minLength) {
        List<List<Long>> sorted = new ArrayList<>(busy);
        sorted.sort(Comparator.comparing((List<Long> slot) -> slot.get(0)));
        List<List<Long>> slots = new ArrayList<>();
        long cursor = dayStart;
        for (List<Long> interval : sorted) {
            if (cursor >= dayEnd) {
                break;
            }
            addSlot(slots, cursor, Math.min(interval.get(0), dayEnd), minLength);
            cursor = Math.max(cursor, interval.get(1));
        }
        addSlot(slots, cursor, dayEnd, minLength);
        return slots;
    }

    private static void addSlot(List<List<Long>> slots, long start, long end, long minLength) {
        if (end - start >= minLength) {
            slots.add(new ArrayList<>(List.of(start, end)));
        }
    }
}
