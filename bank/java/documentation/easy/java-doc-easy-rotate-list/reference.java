import java.util.ArrayList;
import java.util.List;

/**
 * Part of rotate a list.
 */
public class Solution {
    /**
     * Rotate the list to the right by `steps` positions: each element moves `steps` places towards the end, and elements that fall off the end come back at the start.
     *
     * @param values the values (list of int) the description refers to as `values`
     * @param steps the steps (int) the description refers to as `steps`
     * @return the result described above (list of int)
     */
    public static List<Long> rotateList(List<Long> values, long steps) {
        int size = values.size();
        if (size == 0) {
            return new ArrayList<>();
        }
        int shift = (int) Math.floorMod(steps, (long) size);
        List<Long> rotated = new ArrayList<>(values.subList(size - shift, size));
        rotated.addAll(values.subList(0, size - shift));
        return rotated;
    }
}
