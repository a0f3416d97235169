import java.util.ArrayList;
import java.util.List;

public class Solution {
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
        if (divisors.stream().anyMatch(divisor -> divisor < 0)) {
            throw new IllegalArgumentException("every divisor must be at least 1");
        }
    }
}
