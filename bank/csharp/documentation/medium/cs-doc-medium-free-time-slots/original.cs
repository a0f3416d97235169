using System;
using System.Collections.Generic;
using System.Linq;

public static class Solution
{
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
