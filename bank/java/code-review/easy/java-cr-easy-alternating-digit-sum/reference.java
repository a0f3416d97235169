public class Solution {
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
