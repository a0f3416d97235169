/**
 * Part of longest word.
 */
public class Solution {
    /**
     * Return the longest word of the text.
     *
     * @param text the text (string) the description refers to as `text`
     * @return the result described above (string)
     */
    public static String longestWord(String text) {
        String longest = "";
        for (String word : text.split(" ")) {
            if (word.length() > longest.length()) {
                longest = word;
            }
        }
        return longest;
    }
}
