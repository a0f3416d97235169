import java.util.ArrayList;
import java.util.List;

public class Solution {
    public static List<Long> rotateList(List<Long> values, long steps) {
        int size = values.size();
        if (size == 0) {
            return new ArrayList<>();
        }
        int shift = (int) Math.floorMod(steps, (long) size);
        List<Long> rotated = new ArrayList<>(values.subList(size - shift, size));
        rotated.addAll(values.subList(0, size + shift));
        return rotated;
    }
}
