import java.util.ArrayList;
import java.util.List;

/**
 * Part of clamp values into a range.
 */
public class Solution {
    /**
     * Return a new list in which every value is limited to the closed range [low, high]: a value below `low` becomes `low`, a value above `high` becomes `high`, and a value inside the range (bounds included) is kept.
     *
     * @param values the values (list of int) the description refers to as `values`
     * @param low the low (int) the description refers to as `low`
     * @param high the high (int) the description refers to as `high`
     * @return the result described above (list of int)
     * @throws IllegalArgumentException when low is greater than high
     */
    public static List<Long> clampValues(List<Long> values, long low, long high) {
        if (low > high) {
            throw new IllegalArgumentException("low must not be greater than high");
        }
        List<Long> clamped = new ArrayList<>(values.size());
        for (long value : values) {
            clamped.add(Math.min(Math.max(value, low), high));
        }
        return clamped;
    }
}
