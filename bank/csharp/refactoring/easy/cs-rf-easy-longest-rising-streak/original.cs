using System;
using System.Collections.Generic;

public static class Solution
{
    public static long LongestRisingStreak(List<long> values)
    {
        long best = 0;
        for (int i = 0; i < values.Count; i++)
        {
            long len = 1;
            for (int j = i + 1; j < values.Count; j++)
            {
                if (values[j] > values[j - 1])
                {
                    len = len + 1;
                }
                else
                {
                    break;
                }
            }
            if (len > best)
            {
                best = len;
            }
        }
        return best;
    }
}
