using System;
using System.Collections.Generic;

public static class Solution
{
    public static string CompressRanges(List<long> values)
    {
        List<long> v = new List<long>();
        for (int i = 0; i < values.Count; i++)
        {
            bool found = false;
            for (int j = 0; j < v.Count; j++)
            {
                if (v[j] == values[i])
                {
                    found = true;
                }
            }
            if (!found)
            {
                v.Add(values[i]);
            }
        }
        for (int i = 0; i < v.Count; i++)
        {
            for (int j = 0; j < v.Count - 1 - i; j++)
            {
                if (v[j] > v[j + 1])
                {
                    long t = v[j];
                    v[j] = v[j + 1];
                    v[j + 1] = t;
                }
            }
        }
        string result = "";
        int k = 0;
        while (k < v.Count)
        {
            int e = k;
            while (e + 1 < v.Count && v[e + 1] == v[e] + 1)
            {
                e = e + 1;
            }
            if (result != "")
            {
                result = result + ",";
            }
            if (e - k >= 2)
            {
                result = result + v[k] + ".." + v[e];
            }
            else
            {
                if (e - k == 1)
                {
                    result = result + v[k] + "," + v[e];
                }
                else
                {
                    result = result + v[k];
                }
            }
            k = e + 1;
        }
        return result;
    }
}
