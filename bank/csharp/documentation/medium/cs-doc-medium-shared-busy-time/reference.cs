using System;
using System.Collections.Generic;
using System.Linq;

/// <summary>
/// Part of time two people are both busy.
/// </summary>
public static class Solution
{
    private static List<long[]> Merge(List<List<long>> intervals)
    {
        var merged = new List<long[]>();
        foreach (var interval in intervals.OrderBy(interval => interval[0]))
        {
            if (merged.Count > 0 && interval[0] <= merged[merged.Count - 1][1])
            {
                merged[merged.Count - 1][1] = Math.Max(merged[merged.Count - 1][1], interval[1]);
            }
            else
            {
                merged.Add(new[] { interval[0], interval[1] });
            }
        }
        return merged;
    }

    /// <summary>
    /// `first` and `second` are the busy times of two people, each a list of half-open intervals [start, end) with start &lt; end.
    /// </summary>
    /// <param name="first">the first (list of list of int) the description refers to as `first`</param>
    /// <param name="second">the second (list of list of int) the description refers to as `second`</param>
    /// <returns>the result described above (int)</returns>
    public static long SharedBusyTime(List<List<long>> first, List<List<long>> second)
    {
        List<long[]> a = Merge(first), b = Merge(second);
        long total = 0;
        int i = 0, j = 0;
        while (i < a.Count && j < b.Count)
        {
            total += Math.Max(0, Math.Min(a[i][1], b[j][1]) - Math.Max(a[i][0], b[j][0]));
            if (a[i][1] < b[j][1]) i++;
            else j++;
        }
        return total;
    }
}
