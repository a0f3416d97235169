import java.util.List;

public class Solution {
    public static double meanAbsoluteDeviation(List<Long> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("values must not be empty");
        }
        double mean = values.stream().mapToDouble(Long::doubleValue).average().orElseThrow();
        return values.stream().mapToDouble(value -> Math.abs(value - mean)).average().orElseThrow();
    }
}
