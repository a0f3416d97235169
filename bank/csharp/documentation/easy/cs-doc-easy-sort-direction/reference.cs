using System.Collections.Generic;
using System.Linq;

/// <summary>
/// Part of direction of a sequence.
/// </summary>
public static class Solution
{
    /// <summary>
    /// Classify the order of a list of integers.
    /// </summary>
    /// <param name="values">the values (list of int) the description refers to as `values`</param>
    /// <returns>the result described above (string)</returns>
    public static string SortDirection(List<long> values)
    {
        var steps = values.Zip(values.Skip(1), (a, b) => b.CompareTo(a)).ToList();
        if (steps.All(step => step == 0)) return "constant";
        if (steps.All(step => step >= 0)) return "ascending";
        if (steps.All(step => step <= 0)) return "descending";
        return "mixed";
    }
}
