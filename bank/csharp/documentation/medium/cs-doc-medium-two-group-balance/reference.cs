using System;
using System.Collections.Generic;
using System.Linq;

/// <summary>
/// Part of balance weights between two groups.
/// </summary>
public static class Solution
{
    /// <summary>
    /// Put each of the non-negative integer `weights` (at most 20 of them) into exactly one of two groups; a group may be empty.
    /// </summary>
    /// <param name="weights">the weights (list of int) the description refers to as `weights`</param>
    /// <returns>the result described above (int)</returns>
    public static long MinSplitDifference(List<long> weights)
    {
        var reachable = new HashSet<long> { 0 };
        foreach (long weight in weights)
        {
            reachable.UnionWith(reachable.Select(total => total + weight).ToList());
        }
        long grandTotal = weights.Sum();
        return reachable.Min(total => Math.Abs(grandTotal - 2 * total));
    }
}
