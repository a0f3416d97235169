using System.Collections.Generic;

/// <summary>
/// Part of run-length encode a list.
/// </summary>
public static class Solution
{
    /// <summary>
    /// Encode a list of integers by runs: every maximal stretch of equal adjacent values becomes a pair [value, count], where count is the length of the stretch.
    /// </summary>
    /// <param name="values">the values (list of int) the description refers to as `values`</param>
    /// <returns>the result described above (list of list of int)</returns>
    public static List<List<long>> RunLengthList(List<long> values)
    {
        var runs = new List<List<long>>();
        foreach (long value in values)
        {
            var last = runs.Count > 0 ? runs[runs.Count - 1] : null;
            if (last != null && last[0] == value) last[1]++;
            else runs.Add(new List<long> { value, 1 });
        }
        return runs;
    }
}
