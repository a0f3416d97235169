import java.util.ArrayList;
import java.util.List;

/**
 * Part of sums of neighbouring pairs.
 */
public class Solution {
    /**
     * Group the list into consecutive pairs that do not overlap (the 1st with the 2nd element, the 3rd with the 4th, and so on) and return the sum of each pair, in order.
     *
     * @param values the values (list of int) the description refers to as `values`
     * @return the result described above (list of int)
     */
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
