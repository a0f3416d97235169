using System;
using System.Collections.Generic;

public static class Solution
{
    public static List<long?> LfuSimulate(long capacity, List<string> ops)
    {
        List<string> keys = new List<string>();
        List<long> vals = new List<long>();
        List<long> uses = new List<long>();
        List<long> times = new List<long>();
        List<long?> result = new List<long?>();
        long t = 0;
        for (int i = 0; i < ops.Count; i++)
        {
            string[] p = ops[i].Split(' ');
            t = t + 1;
            if (p[0] == "get")
            {
                int idx = keys.IndexOf(p[1]);
                if (idx == -1)
                {
                    result.Add(null);
                }
                else
                {
                    uses[idx] = uses[idx] + 1;
                    times[idx] = t;
                    result.Add(vals[idx]);
                }
            }
            else
            {
                if (capacity > 0)
                {
                    int idx = keys.IndexOf(p[1]);
                    if (idx != -1)
                    {
                        vals[idx] = long.Parse(p[2]);
                        uses[idx] = uses[idx] + 1;
                        times[idx] = t;
                    }
                    else
                    {
                        if (keys.Count == capacity)
                        {
                            int v = 0;
                            for (int j = 1; j < keys.Count; j++)
                            {
                                if (uses[j] < uses[v] || (uses[j] == uses[v] && times[j] < times[v]))
                                {
                                    v = j;
                                }
                            }
                            keys.RemoveAt(v);
                            vals.RemoveAt(v);
                            uses.RemoveAt(v);
                            times.RemoveAt(v);
                        }
                        keys.Add(p[1]);
                        vals.Add(long.Parse(p[2]));
                        uses.Add(1);
                        times.Add(t);
                    }
                }
            }
        }
        return result;
    }
}
