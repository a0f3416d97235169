using System;
using System.Collections.Generic;

public static class Solution
{
    public static List<long> ClusterQueries(long n, List<string> ops)
    {
        long[] c = new long[n];
        for (int i = 0; i < n; i++)
        {
            c[i] = i;
        }
        List<long> result = new List<long>();
        for (int i = 0; i < ops.Count; i++)
        {
            string[] p = ops[i].Split(' ');
            if (p[0] == "link")
            {
                long a = c[int.Parse(p[1])];
                long b = c[int.Parse(p[2])];
                if (a != b)
                {
                    for (int j = 0; j < n; j++)
                    {
                        if (c[j] == b)
                        {
                            c[j] = a;
                        }
                    }
                }
            }
            else if (p[0] == "same")
            {
                if (c[int.Parse(p[1])] == c[int.Parse(p[2])])
                {
                    result.Add(1);
                }
                else
                {
                    result.Add(0);
                }
            }
            else if (p[0] == "size")
            {
                long s = 0;
                for (int j = 0; j < n; j++)
                {
                    if (c[j] == c[int.Parse(p[1])])
                    {
                        s = s + 1;
                    }
                }
                result.Add(s);
            }
            else
            {
                long cnt = 0;
                for (int j = 0; j < n; j++)
                {
                    bool seen = false;
                    for (int k = 0; k < j; k++)
                    {
                        if (c[k] == c[j])
                        {
                            seen = true;
                        }
                    }
                    if (!seen)
                    {
                        cnt = cnt + 1;
                    }
                }
                result.Add(cnt);
            }
        }
        return result;
    }
}
