using System;
using System.Collections.Generic;

/// <summary>
/// Part of longest rising streak.
/// </summary>
public static class Solution
{
    /// <summary>
    /// Return the length of the longest stretch of adjacent elements in which every element is strictly greater than the one before it.
    /// </summary>
    /// <param name="values">the values (list of int) the description refers to as `values`</param>
    /// <returns>the result described above (int)</returns>
    public static long LongestRisingStreak(List<long> values)
    {
        if (values.Count == 0) return 0;
        long best = 1, current = 1;
        for (int i = 1; i < values.Count; i++)
        {
            current = values[i] > values[i - 1] ? current + 1 : 1;
            best = Math.Max(best, current);
        }
        return best;
    }
}
