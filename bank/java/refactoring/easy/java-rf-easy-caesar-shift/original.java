public class Solution {
    public static String caesarShift(String text, long shift) {
        String out = "";
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z') {
                long x = (c - 97 + shift) % 26;
                if (x < 0) {
                    x = x + 26;
                }
                out = out + (char) (97 + x);
            } else if (c >= 'A' && c <= 'Z') {
                long x = (c - 65 + shift) % 26;
                if (x < 0) {
                    x = x + 26;
                }
                out = out + (char) (65 + x);
            } else {
                out = out + c;
            }
        }
        return out;
    }
}
