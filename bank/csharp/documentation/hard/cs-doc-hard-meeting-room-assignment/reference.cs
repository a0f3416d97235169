using System.Collections.Generic;
using System.Linq;

/// <summary>
/// Part of meeting room assignment.
/// </summary>
public static class Solution
{
    private sealed class PairComparer : IComparer<long[]>
    {
        public int Compare(long[] a, long[] b)
        {
            return a[0] != b[0] ? a[0].CompareTo(b[0]) : a[1].CompareTo(b[1]);
        }
    }

    /// <summary>
    /// meetings[i] = [start, end] is a half-open time interval [start, end) with start &lt; end.
    /// </summary>
    /// <param name="meetings">the meetings (list of list of int) the description refers to as `meetings`</param>
    /// <returns>the result described above (list of int)</returns>
    public static List<long> AssignRooms(List<List<long>> meetings)
    {
        var order = Enumerable.Range(0, meetings.Count)
            .OrderBy(index => meetings[index][0]).ThenBy(index => index);
        var free = new SortedSet<long>();
        var busy = new SortedSet<long[]>(new PairComparer());
        var rooms = new long[meetings.Count];
        long opened = 0;
        foreach (int index in order)
        {
            while (busy.Count > 0 && busy.Min[0] <= meetings[index][0])
            {
                free.Add(busy.Min[1]);
                busy.Remove(busy.Min);
            }
            long room = opened;
            if (free.Count > 0)
            {
                room = free.Min;
                free.Remove(room);
            }
            else
            {
                opened++;
            }
            rooms[index] = room;
            busy.Add(new[] { meetings[index][1], room });
        }
        return rooms.ToList();
    }
}
