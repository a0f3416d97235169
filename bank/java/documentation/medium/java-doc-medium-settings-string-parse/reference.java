import java.util.HashMap;
import java.util.Map;

/**
 * Part of parse a settings string.
 */
public class Solution {
    /**
     * Parse a settings string such as "a=1; b = two ;c=" into a map from keys to values.
     *
     * @param text the text (string) the description refers to as `text`
     * @return the result described above (map of string)
     * @throws IllegalArgumentException when a non-empty segment has no '=' or an empty key
     */
    public static Map<String, String> parseSettings(String text) {
        Map<String, String> settings = new HashMap<>();
        for (String raw : text.split(";", -1)) {
            String segment = strip(raw);
            if (segment.isEmpty()) {
                continue;
            }
            int separator = segment.indexOf('=');
            String key = separator < 0 ? "" : strip(segment.substring(0, separator));
            if (key.isEmpty()) {
                throw new IllegalArgumentException("malformed segment: " + segment);
            }
            settings.put(key, strip(segment.substring(separator + 1)));
        }
        return settings;
    }

    private static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == ' ') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        return text.substring(start, end);
    }
}
