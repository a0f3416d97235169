import java.util.List;

/**
 * Part of second largest distinct value.
 */
public class Solution {
    /**
     * Return the largest value of the list that is strictly smaller than its maximum, that is, the second largest distinct value.
     *
     * @param values the values (list of int) the description refers to as `values`
     * @return the result described above (optional of int)
     */
    public static Long secondLargestDistinct(List<Long> values) {
        Long top = null;
        Long second = null;
        for (long value : values) {
            if (top == null || value > top) {
                second = top;
                top = value;
            } else if (value < top && (second == null || value > second)) {
                second = value;
            }
        }
        return second;
    }
}
