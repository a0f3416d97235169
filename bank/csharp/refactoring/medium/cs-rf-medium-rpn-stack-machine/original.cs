using System;
using System.Collections.Generic;

public static class Solution
{
    public static long RunPostfix(List<string> tokens)
    {
        List<long> s = new List<long>();
        for (int i = 0; i < tokens.Count; i++)
        {
            string t = tokens[i];
            bool isNum = t.Length > 0;
            for (int j = 0; j < t.Length; j++)
            {
                if (!(t[j] >= '0' && t[j] <= '9') && !(j == 0 && t[j] == '-' && t.Length > 1))
                {
                    isNum = false;
                }
            }
            if (isNum)
            {
                s.Add(long.Parse(t));
            }
            else if (t == "+" || t == "-" || t == "*" || t == "/")
            {
                if (s.Count < 2)
                {
                    throw new ArgumentException("underflow");
                }
                long b = s[s.Count - 1];
                long a = s[s.Count - 2];
                s.RemoveAt(s.Count - 1);
                s.RemoveAt(s.Count - 1);
                if (t == "+")
                {
                    s.Add(a + b);
                }
                else if (t == "-")
                {
                    s.Add(a - b);
                }
                else if (t == "*")
                {
                    s.Add(a * b);
                }
                else
                {
                    if (b == 0)
                    {
                        throw new ArgumentException("div by zero");
                    }
                    s.Add(a / b);
                }
            }
            else if (t == "dup")
            {
                if (s.Count < 1)
                {
                    throw new ArgumentException("underflow");
                }
                s.Add(s[s.Count - 1]);
            }
            else if (t == "swap")
            {
                if (s.Count < 2)
                {
                    throw new ArgumentException("underflow");
                }
                long x = s[s.Count - 1];
                s[s.Count - 1] = s[s.Count - 2];
                s[s.Count - 2] = x;
            }
            else if (t == "drop")
            {
                if (s.Count < 1)
                {
                    throw new ArgumentException("underflow");
                }
                s.RemoveAt(s.Count - 1);
            }
            else
            {
                throw new ArgumentException("unknown token");
            }
        }
        if (s.Count != 1)
        {
            throw new ArgumentException("bad end");
        }
        return s[0];
    }
}
