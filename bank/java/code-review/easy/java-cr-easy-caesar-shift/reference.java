public class Solution {
    private static final int ALPHABET_SIZE = 26;

    public static String caesarShift(String text, long shift) {
        int offset = (int) Math.floorMod(shift, (long) ALPHABET_SIZE);
        StringBuilder shifted = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            shifted.append(shiftChar(c, offset));
        }
        return shifted.toString();
    }

    private static char shiftChar(char c, int offset) {
        if (c >= 'a' && c <= 'z') {
            return (char) ('a' + (c - 'a' + offset) % ALPHABET_SIZE);
        }
        if (c >= 'A' && c <= 'Z') {
            return (char) ('A' + (c - 'A' + offset) % ALPHABET_SIZE);
        }
        return c;
    }
}
