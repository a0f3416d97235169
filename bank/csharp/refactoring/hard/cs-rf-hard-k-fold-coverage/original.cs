using System;
using System.Collections.Generic;

public static class Solution
{
    public static long CoveredAtLeast(List<List<long>> intervals, long k)
    {
        List<long> pts = new List<long>();
        for (int i = 0; i < intervals.Count; i++)
        {
            if (!pts.Contains(intervals[i][0]))
            {
                pts.Add(intervals[i][0]);
            }
            if (!pts.Contains(intervals[i][1]))
            {
                pts.Add(intervals[i][1]);
            }
        }
        pts.Sort();
        long total = 0;
        for (int i = 0; i + 1 < pts.Count; i++)
        {
            long cnt = 0;
            for (int j = 0; j < intervals.Count; j++)
            {
                if (intervals[j][0] <= pts[i])
                {
                    if (intervals[j][1] > pts[i])
                    {
                        cnt = cnt + 1;
                    }
                }
            }
            if (cnt >= k)
            {
                total = total + (pts[i + 1] - pts[i]);
            }
        }
        return total;
    }
}
