using System;
using System.Collections.Generic;

public static class Solution
{
    public static List<long> PrefixTally(List<string> ops)
    {
        List<string> words = new List<string>();
        List<long> counts = new List<long>();
        List<long> result = new List<long>();
        for (int i = 0; i < ops.Count; i++)
        {
            string[] p = ops[i].Split(' ');
            if (p[0] == "add")
            {
                int idx = words.IndexOf(p[1]);
                if (idx == -1)
                {
                    words.Add(p[1]);
                    counts.Add(1);
                }
                else
                {
                    counts[idx] = counts[idx] + 1;
                }
            }
            else if (p[0] == "del")
            {
                int idx = words.IndexOf(p[1]);
                if (idx != -1)
                {
                    counts[idx] = counts[idx] - 1;
                    if (counts[idx] == 0)
                    {
                        words.RemoveAt(idx);
                        counts.RemoveAt(idx);
                    }
                }
            }
            else if (p[0] == "count")
            {
                long c = 0;
                for (int j = 0; j < words.Count; j++)
                {
                    if (words[j].StartsWith(p[1], StringComparison.Ordinal))
                    {
                        c = c + counts[j];
                    }
                }
                result.Add(c);
            }
            else
            {
                long c = 0;
                for (int j = 0; j < words.Count; j++)
                {
                    if (words[j].StartsWith(p[1], StringComparison.Ordinal))
                    {
                        c = c + 1;
                    }
                }
                result.Add(c);
            }
        }
        return result;
    }
}
