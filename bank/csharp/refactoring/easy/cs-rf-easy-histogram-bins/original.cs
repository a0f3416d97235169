using System;
using System.Collections.Generic;

public static class Solution
{
    public static List<long> HistogramBins(List<long> values, long width)
    {
        if (width < 1)
        {
            throw new ArgumentException("bad");
        }
        long max = -1;
        for (int i = 0; i < values.Count; i++)
        {
            if (values[i] < 0)
            {
                throw new ArgumentException("bad");
            }
            if (values[i] > max)
            {
                max = values[i];
            }
        }
        List<long> result = new List<long>();
        if (values.Count == 0)
        {
            return result;
        }
        for (long b = 0; b <= max / width; b++)
        {
            long c = 0;
            for (int i = 0; i < values.Count; i++)
            {
                if (values[i] / width == b)
                {
                    c = c + 1;
                }
            }
            result.Add(c);
        }
        return result;
    }
}
