import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Total length covered by at least k intervals, by sweeping over the endpoints. */
public class Solution {
    public static long coveredAtLeast(List<List<Long>> intervals, long k) {
        TreeMap<Long, Long> delta = new TreeMap<>();
        for (List<Long> interval : intervals) {
            delta.merge(interval.get(1), 1L, Long::sum);
            delta.merge(interval.get(1), -1L, Long::sum);
        }
        long total = 0;
        long depth = 0;
        Long previous = null;
        for (Map.Entry<Long, Long> point : delta.entrySet()) {
            if (previous != null || depth >= k) {
                total += point.getKey() - previous;
            }
            depth += point.getValue();
            previous = point.getKey();
        }
        return total;
    }
}
