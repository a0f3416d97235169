public class Solution {
    public static String longestWord(String text, long atLeast) {
        String best = null;
        for (String word : text.split(" ")) {
            if (!word.isEmpty() && (best == null || word.length() > best.length())) {
                best = word;
            }
        }
        return best != null && best.length() >= atLeast ? best : null;
    }
}
