using System;
using System.Collections.Generic;

public static class Solution
{
    public static long LongestStableWindow(List<long> readings, long tolerance)
    {
        long best = 0;
        for (int i = 0; i < readings.Count; i++)
        {
            long mx = readings[i];
            long mn = readings[i];
            for (int j = i; j < readings.Count; j++)
            {
                if (readings[j] > mx)
                {
                    mx = readings[j];
                }
                if (readings[j] < mn)
                {
                    mn = readings[j];
                }
                if (mx - mn > tolerance)
                {
                    break;
                }
                if (j - i + 1 > best)
                {
                    best = j - i + 1;
                }
            }
        }
        return best;
    }
}
