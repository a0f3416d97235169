using System;
using System.Collections.Generic;

public static class Solution
{
    public static Dictionary<string, long> ParseKeyValues(string text)
    {
        Dictionary<string, long> result = new Dictionary<string, long>();
        if (text.Trim() == "")
        {
            return result;
        }
        string[] pieces = text.Split(';');
        for (int i = 0; i < pieces.Length; i++)
        {
            int eq = pieces[i].IndexOf('=');
            if (eq == -1)
            {
                throw new ArgumentException("bad");
            }
            string k = pieces[i].Substring(0, eq).Trim();
            string v = pieces[i].Substring(eq + 1).Trim();
            if (k == "")
            {
                throw new ArgumentException("bad");
            }
            if (v == "" || v == "-")
            {
                throw new ArgumentException("bad");
            }
            for (int j = 0; j < v.Length; j++)
            {
                if (v[j] < '0' || v[j] > '9')
                {
                    if (!(j == 0 && v[j] == '-'))
                    {
                        throw new ArgumentException("bad");
                    }
                }
            }
            result[k] = long.Parse(v);
        }
        return result;
    }
}
