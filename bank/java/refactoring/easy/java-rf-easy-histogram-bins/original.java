import java.util.ArrayList;
import java.util.List;

public class Solution {
    public static List<Long> histogramBins(List<Long> values, long width) {
        if (width < 1) {
            throw new IllegalArgumentException("bad width");
        }
        long max = -1;
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) < 0) {
                throw new IllegalArgumentException("negative");
            }
            if (values.get(i) > max) {
                max = values.get(i);
            }
        }
        List<Long> out = new ArrayList<>();
        if (values.size() == 0) {
            return out;
        }
        for (long b = 0; b <= max / width; b++) {
            long c = 0;
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) >= b * width && values.get(i) <= (b + 1) * width - 1) {
                    c = c + 1;
                }
            }
            out.add(c);
        }
        return out;
    }
}
