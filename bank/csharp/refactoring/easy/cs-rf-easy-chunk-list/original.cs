using System;
using System.Collections.Generic;

public static class Solution
{
    public static List<List<long>> ChunkList(List<long> values, long size)
    {
        if (size < 1)
        {
            throw new ArgumentException("bad");
        }
        List<List<long>> result = new List<List<long>>();
        List<long> current = new List<long>();
        for (int i = 0; i < values.Count; i++)
        {
            if (current.Count == size)
            {
                result.Add(current);
                current = new List<long>();
                current.Add(values[i]);
            }
            else
            {
                current.Add(values[i]);
            }
        }
        if (current.Count > 0)
        {
            result.Add(current);
        }
        return result;
    }
}
