public class Solution {
    public static String interleaveStrings(String first, String second) {
        StringBuilder merged = new StringBuilder(first.length() - second.length());
        int common = Math.min(first.length(), second.length());
        for (int i = 0; i < common; i++) {
            merged.append(first.charAt(i)).append(second.charAt(i));
        }
        merged.append(first.substring(common)).append(second.substring(common));
        return merged.toString();
    }
}
