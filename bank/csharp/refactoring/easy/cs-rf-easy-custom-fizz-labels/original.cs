using System;
using System.Collections.Generic;

public static class Solution
{
    public static List<string> CustomFizzLabels(long n, List<long> divisors, List<string> labels)
    {
        if (n < 0)
        {
            throw new ArgumentException("bad n");
        }
        if (divisors.Count != labels.Count)
        {
            throw new ArgumentException("bad lists");
        }
        for (int i = 0; i < divisors.Count; i++)
        {
            if (divisors[i] < 1)
            {
                throw new ArgumentException("bad divisor");
            }
        }
        List<string> result = new List<string>();
        for (long i = 1; i <= n; i++)
        {
            string s = "";
            for (int j = 0; j < divisors.Count; j++)
            {
                if (i % divisors[j] == 0)
                {
                    s = s + labels[j];
                }
            }
            if (s == "")
            {
                result.Add(i.ToString());
            }
            else
            {
                result.Add(s);
            }
        }
        return result;
    }
}
