/// <summary>
/// Part of count numbers with k set bits.
/// </summary>
public static class Solution
{
    private static long Choose(long n, long k)
    {
        if (k < 0 || k > n) return 0;
        long result = 1;
        for (long i = 1; i <= k; i++) result = result * (n - k + i) / i;
        return result;
    }

    private static long CountBelow(long limit, long ones)
    {
        long total = 0, seen = 0;
        for (int bit = 62; bit >= 0; bit--)
        {
            if ((limit >> bit & 1) == 0) continue;
            total += Choose(bit, ones - seen);
            seen++;
        }
        return total;
    }

    /// <summary>
    /// Count the integers x with lo &lt;= x &lt;= hi whose binary representation contains exactly k one-bits.
    /// </summary>
    /// <param name="lo">the lo (int) the description refers to as `lo`</param>
    /// <param name="hi">the hi (int) the description refers to as `hi`</param>
    /// <param name="k">the k (int) the description refers to as `k`</param>
    /// <returns>the result described above (int)</returns>
    public static long CountWithBits(long lo, long hi, long k)
    {
        return CountBelow(hi + 1, k) - CountBelow(lo, k);
    }
}
