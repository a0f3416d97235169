import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Part of repeated characters.
 */
public class Solution {
    /**
     * Return the characters that occur more than once in the text, each written once, in the order of their first occurrence in the text.
     *
     * @param text the text (string) the description refers to as `text`
     * @return the result described above (string)
     */
    public static String repeatedCharacters(String text) {
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        text.codePoints().forEach(c -> counts.merge(c, 1, Integer::sum));
        StringBuilder repeated = new StringBuilder();
        counts.forEach((c, count) -> {
            if (count > 1) {
                repeated.appendCodePoint(c);
            }
        });
        return repeated.toString();
    }
}
