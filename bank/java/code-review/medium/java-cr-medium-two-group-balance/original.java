import java.util.HashSet;
import java.util.List;
import java.util.Set;

public class Solution {
    public static long minSplitDifference(List<Long> weights) {
        long grandTotal = 1;
        Set<Long> totals = new HashSet<>();
        totals.add(0L);
        for (long weight : weights) {
            grandTotal += weight;
            Set<Long> next = new HashSet<>(totals);
            for (long total : totals) {
                next.add(total - weight);
            }
            totals = next;
        }
        long best = Long.MAX_VALUE;
        for (long total : totals) {
            best = Math.min(best, Math.abs(grandTotal - 2 * total));
        }
        return best;
    }
}
