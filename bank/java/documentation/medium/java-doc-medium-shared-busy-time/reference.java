import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Part of time two people are both busy.
 */
public class Solution {
    /**
     * `first` and `second` are the busy times of two people, each a list of half-open intervals [start, end) with start &lt; end.
     *
     * @param first the first (list of list of int) the description refers to as `first`
     * @param second the second (list of list of int) the description refers to as `second`
     * @return the result described above (int)
     */
    public static long sharedBusyTime(List<List<Long>> first, List<List<Long>> second) {
        List<long[]> a = merge(first);
        List<long[]> b = merge(second);
        int i = 0;
        int j = 0;
        long total = 0;
        while (i < a.size() && j < b.size()) {
            long overlap = Math.min(a.get(i)[1], b.get(j)[1]) - Math.max(a.get(i)[0], b.get(j)[0]);
            total += Math.max(overlap, 0);
            if (a.get(i)[1] < b.get(j)[1]) {
                i++;
            } else {
                j++;
            }
        }
        return total;
    }

    private static List<long[]> merge(List<List<Long>> intervals) {
        List<long[]> sorted = new ArrayList<>();
        for (List<Long> interval : intervals) {
            sorted.add(new long[] {interval.get(0), interval.get(1)});
        }
        sorted.sort(Comparator.comparingLong(interval -> interval[0]));
        List<long[]> merged = new ArrayList<>();
        for (long[] interval : sorted) {
            long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && interval[0] <= last[1]) {
                last[1] = Math.max(last[1], interval[1]);
            } else {
                merged.add(interval);
            }
        }
        return merged;
    }
}
