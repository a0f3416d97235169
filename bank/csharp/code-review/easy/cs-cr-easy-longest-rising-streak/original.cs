using System;
using System.Collections.Generic;

/// <summary>Length of the longest strictly increasing run of adjacent elements.</summary>
public static class Solution
{
    public static long LongestRisingStreak(List<long> values)
    {
        if (values.Count == 0) return 0;
        long best = 1, current = 1;
        for (int i = 1; i <= values.Count; i++)
        {
            current = values[i] > values[i - 1] ? current + 1 : 1;
            best = Math.Max(best, current);
        }
        return best;
    }
}
