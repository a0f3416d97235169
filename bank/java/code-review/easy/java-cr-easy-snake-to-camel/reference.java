import java.util.Locale;

public class Solution {
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
