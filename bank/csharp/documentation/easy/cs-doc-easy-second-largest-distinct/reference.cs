using System.Collections.Generic;
using System.Linq;

/// <summary>
/// Part of second largest distinct value.
/// </summary>
public static class Solution
{
    /// <summary>
    /// Return the largest value of the list that is strictly smaller than its maximum, that is, the second largest distinct value.
    /// </summary>
    /// <param name="values">the values (list of int) the description refers to as `values`</param>
    /// <returns>the result described above (optional of int)</returns>
    public static long? SecondLargestDistinct(List<long> values)
    {
        var distinct = values.Distinct().OrderByDescending(value => value).ToList();
        return distinct.Count < 2 ? (long?)null : distinct[1];
    }
}
