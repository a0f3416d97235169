using System;
using System.Collections.Generic;
using System.Linq;

/// <summary>
/// Longest strictly rising chain (subsequence) with the lexicographically smallest values.
/// </summary>
public static class Solution
{
    /// <summary>
    /// lengths[i]: the length of the longest rising chain that starts at index i.
    /// </summary>
    private static int[] ChainLengths(List<long> prices)
    {
        var lengths = new int[prices.Count];
        for (int i = prices.Count - 1; i >= 0; i--)
        {
            lengths[i] = 1;
            for (int j = i + 1; j < prices.Count; j++)
            {
                if (prices[j] > prices[i]) lengths[i] = Math.Max(lengths[i], lengths[j] + 1);
            }
        }
        return lengths;
    }

    /// <summary>
    /// The index of the smallest usable price from start on (the earliest on ties).
    /// </summary>
    private static int NextLink(List<long> prices, int[] lengths, int start, long? floor,
        int needed)
    {
        int best = -1;
        for (int j = start; j < prices.Count; j++)
        {
            bool usable = lengths[j] == needed && (!floor.HasValue || prices[j] > floor.Value);
            if (usable && (best < 0 || prices[j] < prices[best])) best = j;
        }
        return best;
    }

    public static List<long> RisingChain(List<long> prices)
    {
        var chain = new List<long>();
        if (prices.Count == 0) return chain;
        int[] lengths = ChainLengths(prices);
        int position = 0;
        for (int needed = lengths.Max(); needed > 0; needed--)
        {
            long? floor = chain.Count > 0 ? chain[chain.Count - 1] : (long?)null;
            int index = NextLink(prices, lengths, position, floor, needed);
            chain.Add(prices[index]);
            position = index + 1;
        }
        return chain;
    }
}
