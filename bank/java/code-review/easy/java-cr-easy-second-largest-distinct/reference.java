import java.util.List;

public class Solution {
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
