using System;
using System.Collections.Generic;
using System.Linq;

/// <summary>
/// Smallest difference between the totals of two groups splitting a list of weights.
/// </summary>
public static class Solution
{
    public static long MinSplitDifference(List<long> weights)
    {
        var reachable = new HashSet<long> { 0 };
        foreach (long weight in weights)
        {
            reachable.UnionWith(reachable.Select(total => total + weight).ToList());
        }
        long grandTotal = weights.Sum();
        return reachable.Min(total => Math.Abs(grandTotal + 2 * total));
    }
}
