import java.util.HashMap;
import java.util.Map;

public class Solution {
    public static Map<String, Long> letterFrequency(String text) {
        Map<String, Long> counts = new HashMap<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                String k = "" + (char) (c + 32);
                if (counts.containsKey(k)) {
                    counts.put(k, counts.get(k) + 1);
                } else {
                    counts.put(k, 1L);
                }
            } else if (c >= 'a' && c <= 'z') {
                String k = "" + c;
                if (counts.containsKey(k)) {
                    counts.put(k, counts.get(k) + 1);
                } else {
                    counts.put(k, 1L);
                }
            }
        }
        return counts;
    }
}
