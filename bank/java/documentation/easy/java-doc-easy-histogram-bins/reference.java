import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Part of histogram of equal-width bins.
 */
public class Solution {
    /**
     * Count non-negative values into bins of equal `width`: bin k (counting from 0) holds the values from k * width to (k + 1) * width - 1, both included.
     *
     * @param values the values (list of int) the description refers to as `values`
     * @param width the width (int) the description refers to as `width`
     * @return the result described above (list of int)
     * @throws IllegalArgumentException when width is smaller than 1, or a value is negative
     */
    public static List<Long> histogramBins(List<Long> values, long width) {
        if (width < 1) {
            throw new IllegalArgumentException("width must be at least 1");
        }
        if (values.stream().anyMatch(value -> value < 0)) {
            throw new IllegalArgumentException("values must not be negative");
        }
        if (values.isEmpty()) {
            return new ArrayList<>();
        }
        int bins = (int) (Collections.max(values) / width) + 1;
        List<Long> counts = new ArrayList<>(Collections.nCopies(bins, 0L));
        for (long value : values) {
            int bin = (int) (value / width);
            counts.set(bin, counts.get(bin) + 1);
        }
        return counts;
    }
}
