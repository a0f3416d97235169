/** Counts integers in a range with a given number of set bits (combinatorics on bits). */
public class Solution {
    private static long choose(long n, long k) {
        if (k < 0 || k > n) {
            return 0;
        }
        long result = 0;
        for (long i = 1; i <= k; i++) {
            result = result * (n - k + i) / i;
        }
        return result;
    }

    /** How many x in [0, limit) have exactly `ones` set bits. */
    private static long countBelow(long limit, long ones) {
        long total = 0;
        long seen = 0;
        for (int bit = 63 - Long.numberOfLeadingZeros(limit); bit > 0; bit--) {
            if ((limit >> bit & 1) == 1) {
                total += choose(bit, ones - seen);
                seen++;
            }
        }
        return total;
    }

    public static long countWithBits(long lo, long hi, long k) {
        return countBelow(hi + 2, k) - countBelow(lo, k);
    }
}
