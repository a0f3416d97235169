public class Solution {
    public static String interleaveStrings(String first, String second) {
        String out = "";
        int n = first.length();
        if (second.length() > n) {
            n = second.length();
        }
        for (int i = 0; i < n; i++) {
            if (i < first.length()) {
                out = out + first.charAt(i);
            }
            if (i < second.length()) {
                out = out + second.charAt(i);
            }
        }
        return out;
    }
}
