using System;
using System.Collections.Generic;

/// <summary>The lowest balance an account reaches while changes are applied to it.</summary>
public static class Solution
{
    public static long LowestBalance(long start, List<long> changes)
    {
        long balance = start, lowest = start;
        foreach (long change in changes)
        {
            balance += change;
            lowest = Math.Min(lowest, balance);
        }
        return lowest;
    }
}
