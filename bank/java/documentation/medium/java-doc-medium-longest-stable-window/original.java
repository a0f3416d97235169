import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

public class Solution {
    public static long longestStableWindow(List<Long> readings, long tolerance) {
        Deque<Integer> highs = new ArrayDeque<>();
        Deque<Integer> lows = new ArrayDeque<>();
        int start = 0;
        long best = 0;
        for (int end = 0; end < readings.size(); end++) {
            push(highs, readings, end, true);
            push(lows, readings, end, false);
            while (readings.get(highs.peekFirst()) - readings.get(lows.peekFirst()) > tolerance) {
                start++;
                dropBefore(highs, start);
                dropBefore(lows, start);
            }
            best = Math.max(best, end - start + 1);
        }
        return best;
    }

    private static void push(Deque<Integer> window, List<Long> readings, int index,
            boolean keepLarger) {
        long value = readings.get(index);
        while (!window.isEmpty() && (readings.get(window.peekLast()) <= value) == keepLarger) {
            window.pollLast();
        }
        window.addLast(index);
    }

    private static void dropBefore(Deque<Integer> window, int start) {
        if (window.peekFirst() < start) {
            window.pollFirst();
        }
    }
}
