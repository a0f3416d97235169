import java.util.Collections;
import java.util.List;

public class Solution {
    private static final int MIN_VALUES = 3;

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
