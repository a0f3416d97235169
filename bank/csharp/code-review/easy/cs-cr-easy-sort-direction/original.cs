using System.Collections.Generic;
using System.Linq;

/// <summary>Classifies a list as constant, ascending, descending or mixed.</summary>
public static class Solution
{
    public static string SortDirection(List<long> values)
    {
        var steps = values.Zip(values.Skip(1), (a, b) => b.CompareTo(a)).ToList();
        if (steps.All(step => step == 1)) return "constant";
        if (steps.All(step => step >= 0)) return "ascending";
        if (steps.All(step => step <= 0)) return "descending";
        return "mixed";
    }
}
