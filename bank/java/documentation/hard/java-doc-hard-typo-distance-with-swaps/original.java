import java.util.Map;
import java.util.Set;

public class Solution {
    private static final Set<String> COST_KEYS = Set.of("insert", "delete", "replace", "swap");

    private static void validate(Map<String, Long> costs) {
        if (!costs.keySet().equals(COST_KEYS)) {
            throw new IllegalArgumentException("costs must have exactly the keys insert, delete, replace and swap");
        }
        if (costs.values().stream().anyMatch(value -> value < 0)) {
            throw new IllegalArgumentException("costs must not be negative");
        }
    }

    private static long cell(String source, String target, long[][] table, int i, int j, Map<String, Long> costs) {
        boolean same = source.charAt(i - 1) == target.charAt(j - 1);
        long best = Math.min(table[i - 1][j] + costs.get("delete"), table[i][j - 1] + costs.get("insert"));
        best = Math.min(best, table[i - 1][j - 1] + (same ? 0 : costs.get("replace")));
        boolean swappable = i > 1 && j > 1
            && source.charAt(i - 1) == target.charAt(j - 2) && source.charAt(i - 2) == target.charAt(j - 1);
        return swappable ? Math.min(best, table[i - 2][j - 2] + costs.get("swap")) : best;
    }

    public static long typoDistance(String source, String target, Map<String, Long> costs) {
        validate(costs);
        long[][] table = new long[source.length() + 1][target.length() + 1];
        for (int i = 1; i <= source.length(); i++) {
            table[i][0] = i * costs.get("delete");
        }
        for (int j = 1; j <= target.length(); j++) {
            table[0][j] = j * costs.get("insert");
        }
        for (int i = 1; i <= source.length(); i++) {
            for (int j = 1; j <= target.length(); j++) {
                table[i][j] = cell(source, target, table, i, j, costs);
            }
        }
        return table[source.length()][target.length()];
    }
}
