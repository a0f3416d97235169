using System;
using System.Collections.Generic;

public static class Solution
{
    public static List<long> PairSums(List<long> values)
    {
        List<long> result = new List<long>();
        for (int i = 0; i < values.Count; i++)
        {
            if (i % 2 == 0)
            {
                if (i + 1 < values.Count)
                {
                    result.Add(values[i] + values[i + 1]);
                }
                else
                {
                    result.Add(values[i]);
                }
            }
        }
        return result;
    }
}
