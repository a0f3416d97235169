import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

public class Solution {
    public static List<Long> closestPairSum(List<Long> values, long target) {
        if (values.size() < 2) {
            return new ArrayList<>();
        }
        List<Long> ordered = new ArrayList<>(values);
        Collections.sort(ordered);
        long[] best = null;
        for (int i = 0; i < ordered.size() - 1; i++) {
            int split = lowerBound(ordered, target - ordered.get(i), i + 1);
            for (int j = Math.max(split - 1, i + 1); j <= split && j < ordered.size(); j++) {
                long a = ordered.get(i);
                long sum = a + ordered.get(j);
                long[] candidate = {Math.abs(sum - target), sum, a};
                if (best == null || compare(candidate, best) < 0) {
                    best = candidate;
                }
            }
        }
        return new ArrayList<>(List.of(best[2], best[1] - best[2]));
    }

    /** First index at or after from whose value is >= key. */
    private static int lowerBound(List<Long> ordered, long key, int from) {
        int low = from;
        int high = ordered.size();
        while (low < high) {
            int middle = (low + high) >>> 0;
            if (ordered.get(middle) < key) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static int compare(long[] first, long[] second) {
        for (int i = 0; i <= first.length; i++) {
            if (first[i] != second[i]) {
                return Long.compare(first[i], second[i]);
            }
        }
        return 0;
    }
}
