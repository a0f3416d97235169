import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Part of balance weights between two groups.
 */
public class Solution {
    /**
     * Put each of the non-negative integer `weights` (at most 20 of them) into exactly one of two groups; a group may be empty.
     *
     * @param weights the weights (list of int) the description refers to as `weights`
     * @return the result described above (int)
     */
    public static long minSplitDifference(List<Long> weights) {
        long grandTotal = 0;
        Set<Long> totals = new HashSet<>();
        totals.add(0L);
        for (long weight : weights) {
            grandTotal += weight;
            Set<Long> next = new HashSet<>(totals);
            for (long total : totals) {
                next.add(total + weight);
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
