public class Solution {
    public static String alternatingCaps(String text) {
        String out = "";
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z') {
                if (n % 2 == 0) {
                    out = out + (char) (c - 32);
                } else {
                    out = out + c;
                }
                n = n + 1;
            } else if (c >= 'A' && c <= 'Z') {
                if (n % 2 == 0) {
                    out = out + c;
                } else {
                    out = out + (char) (c + 32);
                }
                n = n + 1;
            } else {
                out = out + c;
            }
        }
        return out;
    }
}
