import java.util.List;

public class Solution {
    public static long countSignChanges(List<Long> values) {
        long count = 0;
        Long last = null;
        for (int i = 0; i < values.size(); i++) {
            long v = values.get(i);
            if (v != 0) {
                if (last != null) {
                    if (last > 0 && v < 0) {
                        count = count + 1;
                    } else if (last < 0 && v > 0) {
                        count = count + 1;
                    }
                }
                last = v;
            }
        }
        return count;
    }
}
