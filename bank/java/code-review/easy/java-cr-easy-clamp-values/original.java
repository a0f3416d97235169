import java.util.ArrayList;
import java.util.List;

public class Solution {
    public static List<Long> clampValues(List<Long> values, long low, long high) {
        if (low > high) {
            throw new IllegalArgumentException("low must not be greater than high");
        }
        List<Long> clamped = new ArrayList<>(values.size());
        for (long value : values) {
            clamped.add(Math.min(Math.min(value, low), high));
        }
        return clamped;
    }
}
