import java.util.ArrayList;
import java.util.List;

public class Solution {
    public static List<Long> pairSums(List<Long> values) {
        List<Long> sums = new ArrayList<>();
        for (int start = 0; start < values.size(); start += 2) {
            long sum = values.get(start);
            if (start + 1 < values.size()) {
                sum += values.get(start + 1);
            }
            sums.add(sum);
        }
        return sums;
    }
}
