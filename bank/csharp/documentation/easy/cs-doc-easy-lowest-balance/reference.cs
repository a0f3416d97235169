using System;
using System.Collections.Generic;

/// <summary>
/// Part of lowest running balance.
/// </summary>
public static class Solution
{
    /// <summary>
    /// An account starts at `start` and the `changes` are applied to it one after another (a positive change is a deposit, a negative one a withdrawal).
    /// </summary>
    /// <param name="start">the start (int) the description refers to as `start`</param>
    /// <param name="changes">the changes (list of int) the description refers to as `changes`</param>
    /// <returns>the result described above (int)</returns>
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
