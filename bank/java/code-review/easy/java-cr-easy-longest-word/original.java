public class Solution {
    public static String longestWord(String text) {
        String longest = "";
        for (String word : text.split(" ")) {
            if (word.length() >= longest.length()) {
                longest = word;
            }
        }
        return longest;
    }
}
