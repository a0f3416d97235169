using System;
using System.Collections.Generic;
using System.Linq;

/// <summary>
/// Part of split a list into chunks.
/// </summary>
public static class Solution
{
    /// <summary>
    /// Split the list into consecutive chunks of `size` elements, keeping the original order.
    /// </summary>
    /// <param name="values">the values (list of int) the description refers to as `values`</param>
    /// <param name="size">the size (int) the description refers to as `size`</param>
    /// <returns>the result described above (list of list of int)</returns>
    /// <exception cref="ArgumentException">when size is smaller than 1</exception>
    public static List<List<long>> ChunkList(List<long> values, long size)
    {
        if (size < 1) throw new ArgumentException("size must be at least 1");
        var chunks = new List<List<long>>();
        for (long start = 0; start < values.Count; start += size)
        {
            chunks.Add(values.Skip((int)start).Take((int)Math.Min(size, values.Count)).ToList());
        }
        return chunks;
    }
}
