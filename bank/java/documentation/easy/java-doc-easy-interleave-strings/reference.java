/**
 * Part of interleave two strings.
 */
public class Solution {
    /**
     * Merge two strings by taking their characters alternately, starting with the first string: the first character of `first`, then the first character of `second`, then the second character of `first`, and so on.
     *
     * @param first the first (string) the description refers to as `first`
     * @param second the second (string) the description refers to as `second`
     * @return the result described above (string)
     */
    public static String interleaveStrings(String first, String second) {
        StringBuilder merged = new StringBuilder(first.length() + second.length());
        int common = Math.min(first.length(), second.length());
        for (int i = 0; i < common; i++) {
            merged.append(first.charAt(i)).append(second.charAt(i));
        }
        merged.append(first.substring(common)).append(second.substring(common));
        return merged.toString();
    }
}
