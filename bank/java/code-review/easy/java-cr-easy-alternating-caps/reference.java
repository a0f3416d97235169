public class Solution {
    public static String alternatingCaps(String text) {
        StringBuilder result = new StringBuilder(text.length());
        boolean upperNext = true;
        for (char c : text.toCharArray()) {
            if (isAsciiLetter(c)) {
                c = upperNext ? Character.toUpperCase(c) : Character.toLowerCase(c);
                upperNext = !upperNext;
            }
            result.append(c);
        }
        return result.toString();
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
