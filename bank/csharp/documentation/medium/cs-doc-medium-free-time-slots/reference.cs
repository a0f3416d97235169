using System;
using System.Collections.Generic;
using System.Linq;

/// <summary>
/// Part of free slots in a day.
/// </summary>
public static class Solution
{
    /// <summary>
    /// `busy` lists half-open time intervals [start, end) with start &lt; end.
    /// </summary>
    /// <param name="busy">the busy (list of list of int) the description refers to as `busy`</param>
    /// <param name="dayStart">the day start (int) the description refers to as `day_start`</param>
    /// <param name="dayEnd">the day end (int) the description refers to as `day_end`</param>
    /// <param name="minLength">the min length (int) the description refers to as `min_length`</param>
    /// <returns>the result described above (list of list of int)</returns>
    public static List<List<long>> FreeSlots(List<List<long>> busy, long dayStart, long dayEnd,
        long minLength)
    {
        var slots = new List<List<long>>();
        long cursor = dayStart;
        var ordered = busy.OrderBy(interval => interval[0]).ThenBy(interval => interval[1]);
        foreach (var interval in ordered)
        {
            if (interval[0] > cursor)
            {
                slots.Add(new List<long> { cursor, Math.Min(interval[0], dayEnd) });
            }
            cursor = Math.Max(cursor, interval[1]);
            if (cursor >= dayEnd) break;
        }
        if (cursor < dayEnd) slots.Add(new List<long> { cursor, dayEnd });
        return slots.Where(slot => slot[1] - slot[0] >= minLength).ToList();
    }
}
