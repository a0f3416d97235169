import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

public class Solution {
    public static List<Long> histogramBins(List<Long> values, long width) {
        if (width < 1) {
            throw new IllegalArgumentException("width must be at least 1");
        }
        if (values.stream().anyMatch(value -> value <= 0)) {
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
