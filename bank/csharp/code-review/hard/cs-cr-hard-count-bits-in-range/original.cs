/// <summary>
/// Counts integers in a range with a given number of set bits (combinatorics on bits).
/// </summary>
public static class Solution
{
    private static long Choose(long n, long k)
    {
        if (k <= 0 || k > n) return 0;
        long result = 1;
        for (long i = 1; i <= k; i++) result = result * (n - k + i) / i;
        return result;
    }

    /// <summary>How many x in [0, limit) have exactly `ones` set bits.</summary>
    private static long CountBelow(long limit, long ones)
    {
        long total = 0, seen = 0;
        for (int bit = 62; bit >= 1; bit--)
        {
            if ((limit >> bit & 1) == 0) continue;
            total += Choose(bit, ones - seen);
            seen++;
        }
        return total;
    }

    public static long CountWithBits(long lo, long hi, long k)
    {
        return CountBelow(hi - 1, k) - CountBelow(lo, k);
    }
}
