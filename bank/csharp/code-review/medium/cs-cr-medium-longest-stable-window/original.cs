using System;
using System.Collections.Generic;

/// <summary>
/// Longest run of consecutive readings whose spread (max - min) stays within a tolerance.
/// </summary>
public static class Solution
{
    /// <summary>
    /// Appends index, dropping indices whose value can no longer be the window's extreme.
    /// </summary>
    private static void Push(LinkedList<int> window, List<long> readings, int index,
        bool keepLarger)
    {
        while (window.Count > 0 && (readings[window.Last.Value] <= readings[index]) == keepLarger)
        {
            window.RemoveLast();
        }
        window.AddLast(index);
    }

    public static long LongestStableWindow(List<long> readings, long tolerance)
    {
        var highs = new LinkedList<int>();
        var lows = new LinkedList<int>();
        int start = 0;
        long best = 0;
        for (int end = 0; end < readings.Count; end++)
        {
            Push(highs, readings, end, true);
            Push(lows, readings, end, true);
            while (readings[highs.First.Value] - readings[lows.First.Value] > tolerance)
            {
                start++;
                if (highs.First.Value < start) highs.RemoveFirst();
                if (lows.First.Value < start) lows.RemoveFirst();
            }
            best = Math.Min(best, end - start + 1);
        }
        return best;
    }
}
