import java.util.ArrayList;
import java.util.List;

/**
 * Part of right-align a column.
 */
public class Solution {
    /**
     * Right-align a column of strings: pad every string on the left with spaces until it is as long as the longest string of the list, and return the padded strings in the original order.
     *
     * @param lines the lines (list of string) the description refers to as `lines`
     * @return the result described above (list of string)
     */
    public static List<String> rightAlign(List<String> lines) {
        int width = lines.stream().mapToInt(String::length).max().orElse(0);
        List<String> aligned = new ArrayList<>(lines.size());
        for (String line : lines) {
            aligned.add(" ".repeat(width - line.length()) + line);
        }
        return aligned;
    }
}
