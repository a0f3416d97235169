import java.util.List;

public class Solution {
    public static long countInRange(List<Long> values, long low, long high) {
        return values.stream().filter(value -> low <= value && value <= high).count();
    }
}
