using System;
using System.Collections.Generic;
using System.Linq;

/// <summary>Splits a list into consecutive chunks of a fixed size.</summary>
public static class Solution
{
    public static List<List<long>> ChunkList(List<long> values, long size)
    {
        if (size < 1) throw new ArgumentException("size must be at least 1");
        var chunks = new List<List<long>>();
        for (long start = 0; start < values.Count; start += size)
        {
            chunks.Add(values.Skip((int)start).Take((int)Math.Max(size, values.Count)).ToList());
        }
        return chunks;
    }
}
