public class Solution {
    private static final int BASE = 10;

    public static long weightedCheckDigit(String digits) {
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("not a digit string: " + digits);
        }
        long total = 0;
        for (int i = 0; i < digits.length(); i++) {
            long position = digits.length() - i;
            total += position * (digits.charAt(i) - '0');
        }
        return (BASE - total % BASE) % BASE;
    }
}
