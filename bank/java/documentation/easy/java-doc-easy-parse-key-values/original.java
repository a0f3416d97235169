import java.util.HashMap;
import java.util.Map;

public class Solution {
    private static final String INTEGER = "-?[0-9]+";

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
