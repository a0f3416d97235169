import java.util.ArrayList;
import java.util.List;

public class Solution {
    private static final String VOWELS = "aeiouAEIOU";

    public static List<Long> vowelsPerWord(String text) {
        List<Long> counts = new ArrayList<>();
        for (String word : text.split(" ")) {
            if (!word.isEmpty()) {
                counts.add(word.chars().filter(c -> VOWELS.indexOf(c) >= 0).count());
            }
        }
        return counts;
    }
}
