using System;
using System.Collections.Generic;

public static class Solution
{
    public static List<string> ReleaseOrder(Dictionary<string, long> priorities,
        List<List<string>> dependencies)
    {
        List<string> tasks = new List<string>(priorities.Keys);
        for (int i = 0; i < dependencies.Count; i++)
        {
            if (!priorities.ContainsKey(dependencies[i][0]))
            {
                throw new ArgumentException("unknown");
            }
            if (!priorities.ContainsKey(dependencies[i][1]))
            {
                throw new ArgumentException("unknown");
            }
        }
        List<string> result = new List<string>();
        List<string> released = new List<string>();
        while (result.Count < tasks.Count)
        {
            string best = null;
            for (int i = 0; i < tasks.Count; i++)
            {
                string t = tasks[i];
                if (!released.Contains(t))
                {
                    bool ok = true;
                    for (int j = 0; j < dependencies.Count; j++)
                    {
                        if (dependencies[j][1] == t && !released.Contains(dependencies[j][0]))
                        {
                            ok = false;
                        }
                    }
                    if (ok)
                    {
                        if (best == null || priorities[t] > priorities[best]
                            || (priorities[t] == priorities[best]
                                && string.CompareOrdinal(t, best) < 0))
                        {
                            best = t;
                        }
                    }
                }
            }
            if (best == null)
            {
                throw new ArgumentException("cycle");
            }
            released.Add(best);
            result.Add(best);
        }
        return result;
    }
}
