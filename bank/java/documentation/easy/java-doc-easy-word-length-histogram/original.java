import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class Solution {
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");

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
