using System;
using System.Collections.Generic;
using System.Linq;

/// <summary>
/// The pair whose sum is closest to a target (ties: smaller sum, then smaller first element).
/// </summary>
public static class Solution
{
    private static long[] BestPartner(List<long> ordered, int index, long target)
    {
        long a = ordered[index];
        int low = index + 1, high = ordered.Count;
        while (low < high)
        {
            int middle = (low + high) / 2;
            if (ordered[middle] < target - a) low = middle + 1;
            else high = middle;
        }
        long[] best = null;
        foreach (int i in new[] { low - 1, low })
        {
            if (i <= index || i >= ordered.Count) continue;
            long sum = a + ordered[i];
            var candidate = new[] { Math.Abs(sum - target), sum, a };
            if (best == null || Compare(candidate, best) < 0) best = candidate;
        }
        return best;
    }

    /// <summary>Orders {distance, sum, smaller} keys.</summary>
    private static int Compare(long[] a, long[] b)
    {
        for (int i = 1; i < a.Length; i++)
        {
            if (a[i] != b[i]) return a[i].CompareTo(b[i]);
        }
        return 0;
    }

    public static List<long> ClosestPairSum(List<long> values, long target)
    {
        if (values.Count < 2) return new List<long>();
        var ordered = values.OrderBy(value => value).ToList();
        long[] best = BestPartner(ordered, 1, target);
        for (int i = 1; i < ordered.Count - 1; i++)
        {
            long[] candidate = BestPartner(ordered, i, target);
            if (Compare(candidate, best) < 0) best = candidate;
        }
        return new List<long> { best[2], best[1] - best[2] };
    }
}
