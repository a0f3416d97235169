import java.util.HashMap;
import java.util.Map;

/**
 * Part of letter frequency.
 */
public class Solution {
    /**
     * Count how often each ASCII letter occurs in the text, ignoring case: "A" and "a" both count as "a".
     *
     * @param text the text (string) the description refers to as `text`
     * @return the result described above (map of int)
     */
    public static Map<String, Long> letterFrequency(String text) {
        Map<String, Long> counts = new HashMap<>();
        for (char c : text.toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                counts.merge(String.valueOf(Character.toLowerCase(c)), 1L, Long::sum);
            }
        }
        return counts;
    }
}
