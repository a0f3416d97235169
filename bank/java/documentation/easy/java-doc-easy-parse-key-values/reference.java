import java.util.HashMap;
import java.util.Map;

/**
 * Part of parse integer settings.
 */
public class Solution {
    private static final String INTEGER = "-?[0-9]+";

    /**
     * Parse settings written as "key=value" pairs separated by semicolons, such as "width=40;height=-3", into a map from key to integer value.
     *
     * @param text the text (string) the description refers to as `text`
     * @return the result described above (map of int)
     * @throws IllegalArgumentException when a piece has no "=", an empty key, or a value that is not an integer
     */
    public static Map<String, Long> parseKeyValues(String text) {
        Map<String, Long> values = new HashMap<>();
        if (text.isBlank()) {
            return values;
        }
        for (String piece : text.split(";", -1)) {
            int separator = piece.indexOf('=');
            String key = separator < 0 ? "" : piece.substring(0, separator).strip();
            if (key.isEmpty()) {
                throw new IllegalArgumentException("not a key=value pair: " + piece);
            }
            String value = piece.substring(separator + 1).strip();
            if (!value.matches(INTEGER)) {
                throw new IllegalArgumentException("value of " + key + " is not an integer: " + value);
            }
            values.put(key, Long.parseLong(value));
        }
        return values;
    }
}
