import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Part of longest stable stretch of readings.
 */
public class Solution {
    /**
     * A sensor produced the integer `readings` in time order.
     *
     * @param readings the readings (list of int) the description refers to as `readings`
     * @param tolerance the tolerance (int) the description refers to as `tolerance`
     * @return the result described above (int)
     */
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
