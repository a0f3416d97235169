using System;
using System.Collections.Generic;

public static class Solution
{
    public static List<List<long>> FreeSlots(List<List<long>> busy, long dayStart, long dayEnd,
        long minLength)
    {
        List<List<long>> result = new List<List<long>>();
        long t = dayStart;
        while (t < dayEnd)
        {
            bool covered = false;
            long jump = t;
            for (int i = 0; i < busy.Count; i++)
            {
                if (busy[i][0] <= t && busy[i][1] > t)
                {
                    covered = true;
                    if (busy[i][1] > jump)
                    {
                        jump = busy[i][1];
                    }
                }
            }
            if (covered)
            {
                t = jump;
            }
            else
            {
                long next = dayEnd;
                for (int i = 0; i < busy.Count; i++)
                {
                    if (busy[i][0] > t && busy[i][0] < next)
                    {
                        next = busy[i][0];
                    }
                }
                if (next - t >= minLength)
                {
                    List<long> slot = new List<long>();
                    slot.Add(t);
                    slot.Add(next);
                    result.Add(slot);
                }
                t = next;
            }
        }
        return result;
    }
}
