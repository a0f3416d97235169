import java.util.List;

/**
 * Part of longest rising streak.
 */
public class Solution {
    /**
     * Return the length of the longest stretch of adjacent elements in which every element is strictly greater than the one before it.
     *
     * @param values the values (list of int) the description refers to as `values`
     * @return the result described above (int)
     */
    public static long longestRisingStreak(List<Long> values) {
        if (values.isEmpty()) {
            return 0;
        }
        long best = 1;
        long current = 1;
        for (int i = 1; i < values.size(); i++) {
            current = values.get(i) > values.get(i - 1) ? current + 1 : 1;
            best = Math.max(best, current);
        }
        return best;
    }
}
