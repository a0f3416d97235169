public class Solution {
    private static final long BASE = 10;

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
        for (long rest = number; rest > 1; rest /= BASE) {
            sum += rest % BASE;
        }
        return sum;
    }
}
