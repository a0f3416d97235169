import java.util.ArrayList;
import java.util.List;

/**
 * Part of labels from custom divisors.
 */
public class Solution {
    /**
     * Label the numbers 1 to n.
     *
     * @param n the n (int) the description refers to as `n`
     * @param divisors the divisors (list of int) the description refers to as `divisors`
     * @param labels the labels (list of string) the description refers to as `labels`
     * @return the result described above (list of string)
     */
    public static List<String> customFizzLabels(long n, List<Long> divisors, List<String> labels) {
        validate(n, divisors, labels);
        List<String> result = new ArrayList<>();
        for (long number = 1; number <= n; number++) {
            result.add(label(number, divisors, labels));
        }
        return result;
    }

    private static String label(long number, List<Long> divisors, List<String> labels) {
        StringBuilder label = new StringBuilder();
        for (int k = 0; k < divisors.size(); k++) {
            if (number % divisors.get(k) == 0) {
                label.append(labels.get(k));
            }
        }
        return label.length() > 0 ? label.toString() : Long.toString(number);
    }

    private static void validate(long n, List<Long> divisors, List<String> labels) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative");
        }
        if (divisors.size() != labels.size()) {
            throw new IllegalArgumentException("divisors and labels must have the same length");
        }
        if (divisors.stream().anyMatch(divisor -> divisor < 1)) {
            throw new IllegalArgumentException("every divisor must be at least 1");
        }
    }
}
