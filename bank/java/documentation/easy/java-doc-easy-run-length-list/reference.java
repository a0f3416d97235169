import java.util.ArrayList;
import java.util.List;

/**
 * Part of run-length encode a list.
 */
public class Solution {
    /**
     * Encode a list of integers by runs: every maximal stretch of equal adjacent values becomes a pair [value, count], where count is the length of the stretch.
     *
     * @param values the values (list of int) the description refers to as `values`
     * @return the result described above (list of list of int)
     */
    public static List<List<Long>> runLengthList(List<Long> values) {
        List<List<Long>> runs = new ArrayList<>();
        List<Long> current = null;
        for (Long value : values) {
            if (current != null && current.get(0).equals(value)) {
                current.set(1, current.get(1) + 1);
            } else {
                current = new ArrayList<>(List.of(value, 1L));
                runs.add(current);
            }
        }
        return runs;
    }
}
