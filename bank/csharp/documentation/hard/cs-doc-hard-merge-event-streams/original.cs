using System.Collections.Generic;

public static class Solution
{
    private sealed class HeadComparer : IComparer<long[]>
    {
        public int Compare(long[] a, long[] b)
        {
            for (int i = 0; i < 3; i++)
            {
                if (a[i] != b[i]) return a[i].CompareTo(b[i]);
            }
            return 0;
        }
    }

    private static long TimeOf(string entry)
    {
        return long.Parse(entry.Substring(0, entry.IndexOf(' ')));
    }

    public static List<string> MergeStreams(List<List<string>> streams)
    {
        var heads = new SortedSet<long[]>(new HeadComparer());
        for (int i = 0; i < streams.Count; i++)
        {
            if (streams[i].Count > 0) heads.Add(new long[] { TimeOf(streams[i][0]), i, 0 });
        }
        var merged = new List<string>();
        while (heads.Count > 0)
        {
            long[] head = heads.Min;
            heads.Remove(head);
            List<string> stream = streams[(int)head[1]];
            string entry = stream[(int)head[2]];
            merged.Add(head[1] + ":" + entry.Substring(entry.IndexOf(' ') + 1));
            int next = (int)head[2] + 1;
            if (next < stream.Count) heads.Add(new long[] { TimeOf(stream[next]), head[1], next });
        }
        return merged;
    }
}
