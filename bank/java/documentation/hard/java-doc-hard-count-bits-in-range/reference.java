/**
 * Part of count numbers with k set bits.
 */
public class Solution {
    private static long choose(long n, long k) {
        if (k < 0 || k > n) {
            return 0;
        }
        long result = 1;
        for (long i = 1; i <= k; i++) {
            result = result * (n - k + i) / i;
        }
        return result;
    }

    private static long countBelow(long limit, long ones) {
        long total = 0;
        long seen = 0;
        for (int bit = 63 - Long.numberOfLeadingZeros(limit); bit >= 0; bit--) {
            if ((limit >> bit & 1) == 1) {
                total += choose(bit, ones - seen);
                seen++;
            }
        }
        return total;
    }

    /**
     * Count the integers x with lo &lt;= x &lt;= hi whose binary representation contains exactly k one-bits.
     *
     * @param lo the lo (int) the description refers to as `lo`
     * @param hi the hi (int) the description refers to as `hi`
     * @param k the k (int) the description refers to as `k`
     * @return the result described above (int)
     */
    public static long countWithBits(long lo, long hi, long k) {
        return countBelow(hi + 1, k) - countBelow(lo, k);
    }
}
