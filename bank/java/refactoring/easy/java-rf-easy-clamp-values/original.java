import java.util.ArrayList;
import java.util.List;

public class Solution {
    public static List<Long> clampValues(List<Long> values, long low, long high) {
        if (low > high) {
            throw new IllegalArgumentException("bad range");
        }
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            long v = values.get(i);
            if (v < low) {
                out.add(low);
            } else {
                if (v > high) {
                    out.add(high);
                } else {
                    out.add(v);
                }
            }
        }
        return out;
    }
}
