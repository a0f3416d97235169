using System;
using System.Collections.Generic;

public static class Solution
{
    public static Dictionary<string, List<long>> WordPositions(List<string> words, long? limit)
    {
        if (limit < 0) throw new ArgumentException("limit must not be negative");
        long count = limit.HasValue ? Math.Min(limit.Value, words.Count) : words.Count;
        var positions = new Dictionary<string, List<long>>();
        for (int i = 0; i < count; i++)
        {
            if (!positions.TryGetValue(words[i], out var list)) positions[words[i]] = list = new List<long>();
            list.Add(i);
        }
        return positions;
    }
}
