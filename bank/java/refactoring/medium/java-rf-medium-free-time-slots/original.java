import java.util.ArrayList;
import java.util.List;

public class Solution {
    public static List<List<Long>> freeSlots(List<List<Long>> busy, long dayStart, long dayEnd,
            long minLength) {
        List<List<Long>> b = new ArrayList<>(busy);
        for (int i = 0; i < b.size(); i++) {
            for (int j = 0; j + 1 < b.size() - i; j++) {
                if (b.get(j).get(0) > b.get(j + 1).get(0)) {
                    List<Long> t = b.get(j);
                    b.set(j, b.get(j + 1));
                    b.set(j + 1, t);
                }
            }
        }
        List<List<Long>> out = new ArrayList<>();
        long cur = dayStart;
        for (int i = 0; i < b.size(); i++) {
            if (cur < dayEnd) {
                if (b.get(i).get(0) > cur) {
                    long e = b.get(i).get(0);
                    if (e > dayEnd) {
                        e = dayEnd;
                    }
                    if (e - cur >= minLength) {
                        List<Long> slot = new ArrayList<>();
                        slot.add(cur);
                        slot.add(e);
                        out.add(slot);
                    }
                }
                if (b.get(i).get(1) > cur) {
                    cur = b.get(i).get(1);
                }
            }
        }
        if (cur < dayEnd) {
            if (dayEnd - cur >= minLength) {
                List<Long> slot = new ArrayList<>();
                slot.add(cur);
                slot.add(dayEnd);
                out.add(slot);
            }
        }
        return out;
    }
}
