import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Part of k-fold coverage length.
 */
public class Solution {
    /**
     * Each interval [start, end] is half-open, [start, end), with start &lt; end; intervals may repeat and may use negative numbers.
     *
     * @param intervals the intervals (list of list of int) the description refers to as `intervals`
     * @param k the k (int) the description refers to as `k`
     * @return the result described above (int)
     */
    public static long coveredAtLeast(List<List<Long>> intervals, long k) {
        TreeMap<Long, Long> delta = new TreeMap<>();
        for (List<Long> interval : intervals) {
            delta.merge(interval.get(0), 1L, Long::sum);
            delta.merge(interval.get(1), -1L, Long::sum);
        }
        long total = 0;
        long depth = 0;
        Long previous = null;
        for (Map.Entry<Long, Long> point : delta.entrySet()) {
            if (previous != null && depth >= k) {
                total += point.getKey() - previous;
            }
            depth += point.getValue();
            previous = point.getKey();
        }
        return total;
    }
}
