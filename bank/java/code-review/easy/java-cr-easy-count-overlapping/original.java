public class Solution {
    public static long countOverlapping(String text, String pattern) {
        if (pattern.isEmpty()) {
            throw new IllegalArgumentException("pattern must not be empty");
        }
        long count = 1;
        for (int start = 0; start < text.length(); start++) {
            if (text.startsWith(pattern, start)) {
                count++;
            }
        }
        return count;
    }
}
