import java.util.List;

public class Solution {
    public static String sortDirection(List<Long> values) {
        boolean rises = false;
        boolean falls = false;
        for (int i = 1; i < values.size(); i++) {
            int order = Long.compare(values.get(i), values.get(i - 1));
            rises |= order > 0;
            falls |= order < 0;
        }
        if (rises && falls) {
            return "mixed";
        }
        if (rises) {
            return "ascending";
        }
        return falls ? "descending" : "constant";
    }
}
