using System;

public static class Solution
{
    public static long DurationToSeconds(string text)
    {
        if (text == "")
        {
            throw new ArgumentException("empty");
        }
        long total = 0;
        int last = -1;
        string num = "";
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c >= '0' && c <= '9')
            {
                num = num + c;
            }
            else
            {
                if (num == "")
                {
                    throw new ArgumentException("no digits");
                }
                int u = -1;
                long mult = 0;
                if (c == 'd')
                {
                    u = 0;
                    mult = 86400;
                }
                else if (c == 'h')
                {
                    u = 1;
                    mult = 3600;
                }
                else if (c == 'm')
                {
                    u = 2;
                    mult = 60;
                }
                else if (c == 's')
                {
                    u = 3;
                    mult = 1;
                }
                else
                {
                    throw new ArgumentException("bad char");
                }
                if (u <= last)
                {
                    throw new ArgumentException("order");
                }
                last = u;
                total = total + long.Parse(num) * mult;
                num = "";
            }
        }
        if (num != "")
        {
            throw new ArgumentException("trailing digits");
        }
        return total;
    }
}
