/**
 * Part of steps to a single digit.
 */
public class Solution {
    private static final long BASE = 10;

    /**
     * Repeatedly replace a number by the sum of its decimal digits until it has a single digit, and return how many replacements that took.
     *
     * @param n the n (int) the description refers to as `n`
     * @return the result described above (int)
     */
    public static long digitSumSteps(long n) {
        long number = Math.abs(n);
        long steps = 0;
        while (number >= BASE) {
            number = digitSum(number);
            steps++;
        }
        return steps;
    }

    private static long digitSum(long number) {
        long sum = 0;
        for (long rest = number; rest > 0; rest /= BASE) {
            sum += rest % BASE;
        }
        return sum;
    }
}
