import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Part of compress integers into ranges.
 */
public class Solution {
    private static final int MIN_RANGE_LENGTH = 3;

    /**
     * Describe a collection of integers compactly.
     *
     * @param values the values (list of int) the description refers to as `values`
     * @return the result described above (string)
     */
    public static String compressRanges(List<Long> values) {
        List<String> entries = new ArrayList<>();
        List<Long> run = new ArrayList<>();
        for (long value : new TreeSet<>(values)) {
            if (!run.isEmpty() && run.get(run.size() - 1) != value - 1) {
                addRun(entries, run);
                run.clear();
            }
            run.add(value);
        }
        addRun(entries, run);
        return String.join(",", entries);
    }

    private static void addRun(List<String> entries, List<Long> run) {
        if (run.size() >= MIN_RANGE_LENGTH) {
            entries.add(run.get(0) + ".." + run.get(run.size() - 1));
        } else {
            run.forEach(value -> entries.add(Long.toString(value)));
        }
    }
}
