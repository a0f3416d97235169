import java.util.Collections;
import java.util.List;

/**
 * Part of mean without the extremes.
 */
public class Solution {
    private static final int MIN_VALUES = 3;

    /**
     * Return the arithmetic mean of the values after removing one occurrence of the smallest value and one occurrence of the largest value.
     *
     * @param values the values (list of float) the description refers to as `values`
     * @return the result described above (float)
     * @throws IllegalArgumentException when there are fewer than three values
     */
    public static double trimmedMean(List<Double> values) {
        if (values.size() < MIN_VALUES) {
            throw new IllegalArgumentException(
                    "need at least " + MIN_VALUES + " values, got " + values.size());
        }
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        double kept = sum - Collections.min(values) - Collections.max(values);
        return kept / (values.size() - 2);
    }
}
