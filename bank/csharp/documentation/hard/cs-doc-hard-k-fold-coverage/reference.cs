using System.Collections.Generic;

/// <summary>
/// Part of k-fold coverage length.
/// </summary>
public static class Solution
{
    /// <summary>
    /// Each interval [start, end] is half-open, [start, end), with start &lt; end; intervals may repeat and may use negative numbers.
    /// </summary>
    /// <param name="intervals">the intervals (list of list of int) the description refers to as `intervals`</param>
    /// <param name="k">the k (int) the description refers to as `k`</param>
    /// <returns>the result described above (int)</returns>
    public static long CoveredAtLeast(List<List<long>> intervals, long k)
    {
        var delta = new SortedDictionary<long, long>();
        foreach (var interval in intervals)
        {
            long count;
            delta.TryGetValue(interval[0], out count);
            delta[interval[0]] = count + 1;
            delta.TryGetValue(interval[1], out count);
            delta[interval[1]] = count - 1;
        }
        long total = 0, depth = 0;
        long? previous = null;
        foreach (var point in delta)
        {
            if (previous.HasValue && depth >= k) total += point.Key - previous.Value;
            depth += point.Value;
            previous = point.Key;
        }
        return total;
    }
}
