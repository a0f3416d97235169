public class Solution {
    private static final String ELLIPSIS = "...";

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
