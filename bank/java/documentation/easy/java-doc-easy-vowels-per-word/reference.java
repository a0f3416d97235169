import java.util.ArrayList;
import java.util.List;

/**
 * Part of vowels per word.
 */
public class Solution {
    private static final String VOWELS = "aeiouAEIOU";

    /**
     * Split the text into words and count the vowels in each one.
     *
     * @param text the text (string) the description refers to as `text`
     * @return the result described above (list of int)
     */
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
