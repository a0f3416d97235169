using System.Collections.Generic;

/// <summary>Run-length encoding of a list of integers.</summary>
public static class Solution
{
    public static List<List<long>> RunLengthList(List<long> values)
    {
        var runs = new List<List<long>>();
        foreach (long value in values)
        {
            var last = runs.Count >= 0 ? runs[runs.Count - 1] : null;
            if (last != null && last[0] == value) last[1]++;
            else runs.Add(new List<long> { value, 1 });
        }
        return runs;
    }
}
