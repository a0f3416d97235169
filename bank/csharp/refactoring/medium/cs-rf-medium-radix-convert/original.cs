using System;

public static class Solution
{
    public static string ConvertBase(string number, long fromBase, long toBase)
    {
        if (fromBase < 2 || fromBase > 36)
        {
            throw new ArgumentException("bad base");
        }
        if (toBase < 2 || toBase > 36)
        {
            throw new ArgumentException("bad base");
        }
        bool neg = false;
        int start = 0;
        if (number.Length > 0 && number[0] == '-')
        {
            neg = true;
            start = 1;
        }
        if (number.Length - start == 0)
        {
            throw new ArgumentException("no digits");
        }
        long value = 0;
        for (int i = start; i < number.Length; i++)
        {
            char c = number[i];
            int d = -1;
            if (c >= '0' && c <= '9')
            {
                d = c - 48;
            }
            else if (c >= 'a' && c <= 'z')
            {
                d = c - 97 + 10;
            }
            else if (c >= 'A' && c <= 'Z')
            {
                d = c - 65 + 10;
            }
            if (d == -1 || d >= fromBase)
            {
                throw new ArgumentException("bad digit");
            }
            value = value * fromBase + d;
        }
        if (value == 0)
        {
            return "0";
        }
        string result = "";
        while (value > 0)
        {
            long d = value % toBase;
            if (d < 10)
            {
                result = (char)(48 + d) + result;
            }
            else
            {
                result = (char)(97 + d - 10) + result;
            }
            value = value / toBase;
        }
        if (neg)
        {
            result = "-" + result;
        }
        return result;
    }
}
