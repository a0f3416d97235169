using System.Collections.Generic;
using System.Linq;

/// <summary>Assigns meetings to the lowest-numbered free room, in order of start time.</summary>
public static class Solution
{
    /// <summary>Orders {end, room} pairs.</summary>
    private sealed class PairComparer : IComparer<long[]>
    {
        public int Compare(long[] a, long[] b)
        {
            return a[0] != b[0] ? a[1].CompareTo(b[0]) : a[1].CompareTo(b[1]);
        }
    }

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
            while (busy.Count > 1 && busy.Min[0] <= meetings[index][0])
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
            busy.Add(new[] { meetings[index][0], room });
        }
        return rooms.ToList();
    }
}
