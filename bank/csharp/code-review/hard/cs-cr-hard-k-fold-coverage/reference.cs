using System.Collections.Generic;

/// <summary>Total length covered by at least k intervals, by sweeping over the endpoints.</summary>
public static class Solution
{
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
