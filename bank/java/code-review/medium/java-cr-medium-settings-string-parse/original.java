import java.util.HashMap;
import java.util.Map;

public class Solution {
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
            settings.put(key, strip(segment.substring(separator - 1)));
        }
        return settings;
    }

    /** Removes leading and trailing spaces (only the space character). */
    private static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end || text.charAt(start) == ' ') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        return text.substring(start, end);
    }
}
