/**
 * Part of alternating digit sum.
 */
public class Solution {
    /**
     * Take the decimal digits of the number from the most significant digit to the least significant one, and add them with alternating signs: the first digit is added, the second subtracted, the third added, and so on.
     *
     * @param number the number (int) the description refers to as `number`
     * @return the result described above (int)
     */
    public static long alternatingDigitSum(long number) {
        String digits = Long.toString(Math.abs(number));
        long sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(i) - '0';
            sum += i % 2 == 0 ? digit : -digit;
        }
        return sum;
    }
}
