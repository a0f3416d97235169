using System.Collections.Generic;
using System.Linq;

/// <summary>Second largest distinct value of a list.</summary>
public static class Solution
{
    public static long? SecondLargestDistinct(List<long> values)
    {
        var distinct = values.Distinct().OrderByDescending(value => value).ToList();
        return distinct.Count < 2 ? (long?)null : distinct[1];
    }
}
