import java.util.List;

/**
 * Part of count sign changes.
 */
public class Solution {
    /**
     * Count how many times the sign changes along the list.
     *
     * @param values the values (list of int) the description refers to as `values`
     * @return the result described above (int)
     */
    public static long countSignChanges(List<Long> values) {
        long changes = 0;
        long previousSign = 0;
        for (long value : values) {
            long sign = Long.signum(value);
            if (sign == 0) {
                continue;
            }
            if (previousSign != 0 && sign != previousSign) {
                changes++;
            }
            previousSign = sign;
        }
        return changes;
    }
}
