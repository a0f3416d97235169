import java.util.HashMap;
import java.util.Map;

public class Solution {
    public static Map<String, Long> letterFrequency(String text) {
        Map<String, Long> counts = new HashMap<>();
        for (char c : text.toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                counts.merge(String.valueOf(Character.toLowerCase(c)), 1L, Long::sum);
            }
        }
        return counts;
    }
}
