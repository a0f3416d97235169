import java.util.Locale;
import java.util.Set;

/**
 * Part of headline capitalisation.
 */
public class Solution {
    private static final Set<String> MINOR_WORDS =
            Set.of("a", "an", "and", "the", "of", "in", "on", "or", "to");

    /**
     * Capitalise a title.
     *
     * @param title the title (string) the description refers to as `title`
     * @return the result described above (string)
     */
    public static String headlineCase(String title) {
        if (title.isEmpty()) {
            return "";
        }
        String[] words = title.split(" ", -1);
        int last = words.length - 1;
        for (int i = 0; i <= last; i++) {
            words[i] = formatWord(words[i], i == 0 || i == last);
        }
        return String.join(" ", words);
    }

    private static String formatWord(String word, boolean isEdge) {
        String lower = word.toLowerCase(Locale.ROOT);
        if ((MINOR_WORDS.contains(lower) && !isEdge) || lower.isEmpty()) {
            return lower;
        }
        return lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1);
    }
}
