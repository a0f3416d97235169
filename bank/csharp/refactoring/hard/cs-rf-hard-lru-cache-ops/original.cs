using System;
using System.Collections.Generic;

public static class Solution
{
    public static List<long?> LruSimulate(long capacity, List<string> ops)
    {
        List<string> keys = new List<string>();
        List<long> vals = new List<long>();
        List<long?> result = new List<long?>();
        for (int i = 0; i < ops.Count; i++)
        {
            string[] p = ops[i].Split(' ');
            if (p[0] == "get")
            {
                int idx = -1;
                for (int j = 0; j < keys.Count; j++)
                {
                    if (keys[j] == p[1])
                    {
                        idx = j;
                    }
                }
                if (idx == -1)
                {
                    result.Add(null);
                }
                else
                {
                    long v = vals[idx];
                    string k = keys[idx];
                    keys.RemoveAt(idx);
                    vals.RemoveAt(idx);
                    keys.Add(k);
                    vals.Add(v);
                    result.Add(v);
                }
            }
            else
            {
                if (capacity != 0)
                {
                    int idx = -1;
                    for (int j = 0; j < keys.Count; j++)
                    {
                        if (keys[j] == p[1])
                        {
                            idx = j;
                        }
                    }
                    if (idx != -1)
                    {
                        keys.RemoveAt(idx);
                        vals.RemoveAt(idx);
                    }
                    keys.Add(p[1]);
                    vals.Add(long.Parse(p[2]));
                    if (keys.Count > capacity)
                    {
                        keys.RemoveAt(0);
                        vals.RemoveAt(0);
                    }
                }
            }
        }
        return result;
    }
}
