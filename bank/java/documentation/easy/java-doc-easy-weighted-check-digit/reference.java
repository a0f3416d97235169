/**
 * Part of weighted check digit.
 */
public class Solution {
    private static final int BASE = 10;

    /**
     * Compute the check digit of a string of decimal digits.
     *
     * @param digits the digits (string) the description refers to as `digits`
     * @return the result described above (int)
     * @throws IllegalArgumentException when the string is empty or holds a character other than 0 to 9
     */
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
