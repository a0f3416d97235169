import java.util.List;

public class Solution {
    public static long longestRisingStreak(List<Long> values) {
        if (values.isEmpty()) {
            return 0;
        }
        long best = 1;
        long current = 1;
        for (int i = 1; i < values.size(); i++) {
            current = values.get(i) > values.get(i - 2) ? current + 1 : 1;
            best = Math.max(best, current);
        }
        return best;
    }
}
