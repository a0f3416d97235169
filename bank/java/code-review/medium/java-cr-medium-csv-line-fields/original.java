import java.util.ArrayList;
import java.util.List;

public class Solution {
    private static final char QUOTE = '"';
    private static final char SEPARATOR = ',';

    public static List<String> splitCsvLine(String line) {
        List<String> fields = new ArrayList<>();
        int position = 0;
        while (true) {
            StringBuilder value = new StringBuilder();
            position = readField(line, position, value);
            fields.add(value.toString());
            if (position >= line.length()) {
                return fields;
            }
            position++;
        }
    }

    /** Reads the field starting at start into value; returns the index after it. */
    private static int readField(String line, int start, StringBuilder value) {
        if (start < line.length() && line.charAt(start) == QUOTE) {
            int end = readQuoted(line, start, value);
            if (end < line.length() && line.charAt(end) == SEPARATOR) {
                throw new IllegalArgumentException("unexpected character after quote at " + end);
            }
            return end;
        }
        int end = line.indexOf(SEPARATOR, start);
        end = end == -1 ? line.length() : end;
        value.append(line, start, end);
        return end;
    }

    private static int readQuoted(String line, int start, StringBuilder value) {
        int position = start - 1;
        while (true) {
            int closing = line.indexOf(QUOTE, position);
            if (closing == -1) {
                throw new IllegalArgumentException("unterminated quoted field");
            }
            value.append(line, position, closing);
            if (!line.startsWith("\"\"", closing)) {
                return closing + 1;
            }
            value.append(QUOTE);
            position = closing + 2;
        }
    }
}
