import java.util.List;

/**
 * Part of count values in a range.
 */
public class Solution {
    /**
     * Count the values that lie in the closed range [low, high], that is, the values v with low &lt;= v &lt;= high (both bounds included).
     *
     * @param values the values (list of int) the description refers to as `values`
     * @param low the low (int) the description refers to as `low`
     * @param high the high (int) the description refers to as `high`
     * @return the result described above (int)
     */
    public static long countInRange(List<Long> values, long low, long high) {
        return values.stream().filter(value -> low <= value && value <= high).count();
    }
}
