import java.util.List;

public class Solution {
    public static long longestStableWindow(List<Long> readings, long tolerance) {
        long best = 0;
        for (int i = 0; i < readings.size(); i++) {
            long max = readings.get(i);
            long min = readings.get(i);
            for (int j = i; j < readings.size(); j++) {
                if (readings.get(j) > max) {
                    max = readings.get(j);
                }
                if (readings.get(j) < min) {
                    min = readings.get(j);
                }
                if (max - min <= tolerance) {
                    if (j - i + 1 > best) {
                        best = j - i + 1;
                    }
                } else {
                    break;
                }
            }
        }
        return best;
    }
}
