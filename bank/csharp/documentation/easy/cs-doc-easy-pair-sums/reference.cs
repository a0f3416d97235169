using System.Collections.Generic;

/// <summary>
/// Part of sums of neighbouring pairs.
/// </summary>
public static class Solution
{
    /// <summary>
    /// Group the list into consecutive pairs that do not overlap (the 1st with the 2nd element, the 3rd with the 4th, and so on) and return the sum of each pair, in order.
    /// </summary>
    /// <param name="values">the values (list of int) the description refers to as `values`</param>
    /// <returns>the result described above (list of int)</returns>
    public static List<long> PairSums(List<long> values)
    {
        var sums = new List<long>();
        for (int start = 0; start < values.Count; start += 2)
        {
            bool hasPartner = start + 1 < values.Count;
            sums.Add(values[start] + (hasPartner ? values[start + 1] : 0));
        }
        return sums;
    }
}
