import java.util.List;

public class Solution {
    public static double average(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }
}
