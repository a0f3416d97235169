import java.util.Locale;

/**
 * Part of snake case to camel case.
 */
public class Solution {
    /**
     * Convert a snake_case name to camelCase.
     *
     * @param name the name (string) the description refers to as `name`
     * @return the result described above (string)
     */
    public static String snakeToCamel(String name) {
        StringBuilder camel = new StringBuilder();
        for (String piece : name.split("_")) {
            if (piece.isEmpty()) {
                continue;
            }
            String lower = piece.toLowerCase(Locale.ROOT);
            if (camel.length() == 0) {
                camel.append(lower);
            } else {
                camel.append(lower.substring(0, 1).toUpperCase(Locale.ROOT)).append(lower.substring(1));
            }
        }
        return camel.toString();
    }
}
