using System;
using System.Collections.Generic;

public static class Solution
{
    public static List<long> AssignRooms(List<List<long>> meetings)
    {
        int n = meetings.Count;
        long[] result = new long[n];
        bool[] done = new bool[n];
        List<long> roomEnds = new List<long>();
        for (int step = 0; step < n; step++)
        {
            int pick = -1;
            for (int i = 0; i < n; i++)
            {
                if (!done[i])
                {
                    if (pick == -1 || meetings[i][0] < meetings[pick][0])
                    {
                        pick = i;
                    }
                }
            }
            done[pick] = true;
            int room = -1;
            for (int r = 0; r < roomEnds.Count; r++)
            {
                if (roomEnds[r] <= meetings[pick][0])
                {
                    room = r;
                    break;
                }
            }
            if (room == -1)
            {
                roomEnds.Add(meetings[pick][1]);
                result[pick] = roomEnds.Count - 1;
            }
            else
            {
                roomEnds[room] = meetings[pick][1];
                result[pick] = room;
            }
        }
        List<long> list = new List<long>();
        for (int i = 0; i < n; i++)
        {
            list.Add(result[i]);
        }
        return list;
    }
}
