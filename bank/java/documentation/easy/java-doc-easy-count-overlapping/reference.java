/**
 * Part of count overlapping occurrences.
 */
public class Solution {
    /**
     * Count the positions of `text` at which `pattern` starts, counting occurrences that overlap: in "aaaa" the pattern "aa" occurs 3 times.
     *
     * @param text the text (string) the description refers to as `text`
     * @param pattern the pattern (string) the description refers to as `pattern`
     * @return the result described above (int)
     * @throws IllegalArgumentException when the pattern is empty
     */
    public static long countOverlapping(String text, String pattern) {
        if (pattern.isEmpty()) {
            throw new IllegalArgumentException("pattern must not be empty");
        }
        long count = 0;
        for (int start = 0; start < text.length(); start++) {
            if (text.startsWith(pattern, start)) {
                count++;
            }
        }
        return count;
    }
}
