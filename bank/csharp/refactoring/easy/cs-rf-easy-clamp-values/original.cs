using System;
using System.Collections.Generic;

public static class Solution
{
    public static List<long> ClampValues(List<long> values, long low, long high)
    {
        if (low > high)
        {
            throw new ArgumentException("bad");
        }
        List<long> result = new List<long>();
        for (int i = 0; i < values.Count; i++)
        {
            long v = values[i];
            if (v < low)
            {
                result.Add(low);
            }
            else
            {
                if (v > high)
                {
                    result.Add(high);
                }
                else
                {
                    result.Add(v);
                }
            }
        }
        return result;
    }
}
