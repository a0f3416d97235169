import java.util.List;

/**
 * Part of mean absolute deviation.
 */
public class Solution {
    /**
     * Return the mean absolute deviation of the values: first compute their arithmetic mean, then the distance (the absolute difference) of every value from that mean, and return the arithmetic mean of those distances.
     *
     * @param values the values (list of int) the description refers to as `values`
     * @return the result described above (float)
     * @throws IllegalArgumentException when the list is empty
     */
    public static double meanAbsoluteDeviation(List<Long> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("values must not be empty");
        }
        double mean = values.stream().mapToDouble(Long::doubleValue).average().orElseThrow();
        return values.stream().mapToDouble(value -> Math.abs(value - mean)).average().orElseThrow();
    }
}
