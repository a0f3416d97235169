import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

public class Solution {
    public static long coveredAtLeast(List<List<Long>> intervals, long k) {
        List<Long> points = new ArrayList<>();
        for (int i = 0; i < intervals.size(); i++) {
            if (!points.contains(intervals.get(i).get(0))) {
                points.add(intervals.get(i).get(0));
            }
            if (!points.contains(intervals.get(i).get(1))) {
                points.add(intervals.get(i).get(1));
            }
        }
        Collections.sort(points);
        long total = 0;
        for (int i = 0; i + 1 < points.size(); i++) {
            long a = points.get(i);
            long b = points.get(i + 1);
            int c = 0;
            for (int j = 0; j < intervals.size(); j++) {
                if (intervals.get(j).get(0) <= a) {
                    if (intervals.get(j).get(1) >= b) {
                        c = c + 1;
                    }
                }
            }
            if (c >= k) {
                total = total + (b - a);
            }
        }
        return total;
    }
}
