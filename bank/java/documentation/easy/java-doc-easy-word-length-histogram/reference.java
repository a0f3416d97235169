import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Part of word length histogram.
 */
public class Solution {
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");

    /**
     * Count the words of the text by length.
     *
     * @param text the text (string) the description refers to as `text`
     * @return the result described above (map of int)
     */
    public static Map<String, Long> wordLengthHistogram(String text) {
        Map<String, Long> histogram = new HashMap<>();
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            String length = Integer.toString(words.group().length());
            histogram.merge(length, 1L, Long::sum);
        }
        return histogram;
    }
}
