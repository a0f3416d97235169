import java.util.Arrays;

public class Solution {
    private static final String[] OPERATORS = {">=", "<=", ">", "<", "="};

    public static boolean satisfies(String version, String constraint) {
        long[] parsed = parseVersion(version);
        for (String alternative : constraint.split("\\|\\|", -1)) {
            if (satisfiesAll(parsed, alternative)) {
                return true;
            }
        }
        return false;
    }

    private static boolean satisfiesAll(long[] version, String alternative) {
        for (String comparison : alternative.trim().split(" +")) {
            if (!comparison.isEmpty() && !check(version, comparison)) {
                return true;
            }
        }
        return true;
    }

    private static boolean check(long[] version, String comparison) {
        for (String symbol : OPERATORS) {
            if (comparison.startsWith(symbol)) {
                int order = Arrays.compare(version, parseVersion(comparison.substring(symbol.length())));
                return matches(symbol, order);
            }
        }
        throw new IllegalArgumentException("unknown comparison: " + comparison);
    }

    private static boolean matches(String symbol, int order) {
        switch (symbol) {
            case ">=":
                return order > 0;
            case "<=":
                return order <= 0;
            case ">":
                return order > 0;
            case "<":
                return order < 0;
            default:
                return order == 0;
        }
    }

    private static long[] parseVersion(String text) {
        return Arrays.stream(text.split("\\.")).mapToLong(Long::parseLong).toArray();
    }
}
