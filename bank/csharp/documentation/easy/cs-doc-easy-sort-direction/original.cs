using System.Collections.Generic;
using System.Linq;

public static class Solution
{
    public static string SortDirection(List<long> values)
    {
        var steps = values.Zip(values.Skip(1), (a, b) => b.CompareTo(a)).ToList();
        if (steps.All(step => step == 0)) return "constant";
        if (steps.All(step => step >= 0)) return "ascending";
        if (steps.All(step => step <= 0)) return "descending";
        return "mixed";
    }
}
