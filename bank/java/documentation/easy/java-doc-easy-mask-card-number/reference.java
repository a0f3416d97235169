/**
 * Part of mask a card number.
 */
public class Solution {
    /**
     * Mask a card number for display.
     *
     * @param number the number (string) the description refers to as `number`
     * @param visible the visible (int) the description refers to as `visible`
     * @return the result described above (string)
     * @throws IllegalArgumentException when the number holds a character other than a digit, a space or a dash, or visible is negative
     */
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
