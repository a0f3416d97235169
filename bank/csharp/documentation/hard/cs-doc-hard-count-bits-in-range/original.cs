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

    public static long CountWithBits(long lo, long hi, long k)
    {
        return CountBelow(hi + 1, k) - CountBelow(lo, k);
    }
}
