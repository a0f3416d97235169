import java.util.LinkedHashMap;
import java.util.Map;

public class Solution {
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
