public class Solution {
    public static String maskCardNumber(String number, long visible) {
        if (visible < 0) {
            throw new IllegalArgumentException("visible must not be negative");
        }
        long digits = 0;
        for (char c : number.toCharArray()) {
            if (isDigit(c)) {
                digits++;
            } else if (c != ' ' && c != '-') {
                throw new IllegalArgumentException("unexpected character: " + c);
            }
        }
        long toMask = Math.max(0, digits - visible);
        StringBuilder masked = new StringBuilder(number.length());
        for (char c : number.toCharArray()) {
            if (isDigit(c) && toMask > 0) {
                masked.append('*');
                toMask--;
            } else {
                masked.append(c);
            }
        }
        return masked.toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
