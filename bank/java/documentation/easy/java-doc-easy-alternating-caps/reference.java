/**
 * Part of alternating capitals.
 */
public class Solution {
    /**
     * Rewrite the letters of the text so that they alternate between upper and lower case: the first letter is upper case, the second lower case, the third upper case, and so on, whatever their case in the input.
     *
     * @param text the text (string) the description refers to as `text`
     * @return the result described above (string)
     */
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
