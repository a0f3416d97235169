/**
 * Part of truncate text with an ellipsis.
 */
public class Solution {
    private static final String ELLIPSIS = "...";

    /**
     * Shorten the text so that it has at most `max_length` characters.
     *
     * @param text the text (string) the description refers to as `text`
     * @param maxLength the max length (int) the description refers to as `max_length`
     * @return the result described above (string)
     * @throws IllegalArgumentException when max_length is smaller than 3
     */
    public static String truncateText(String text, long maxLength) {
        if (maxLength < ELLIPSIS.length()) {
            throw new IllegalArgumentException("max_length must be at least 3");
        }
        if (text.length() <= maxLength) {
            return text;
        }
        return text.substring(0, (int) maxLength - ELLIPSIS.length()) + ELLIPSIS;
    }
}
