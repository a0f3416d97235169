import java.util.List;

public class Solution {
    public static long longestRisingStreak(List<Long> values) {
        long best = 0;
        for (int i = 0; i < values.size(); i++) {
            long len = 1;
            for (int j = i + 1; j < values.size(); j++) {
                if (values.get(j) > values.get(j - 1)) {
                    len = len + 1;
                } else {
                    break;
                }
            }
            if (len > best) {
                best = len;
            }
        }
        return best;
    }
}
