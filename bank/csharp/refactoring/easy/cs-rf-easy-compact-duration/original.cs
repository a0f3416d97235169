using System;

public static class Solution
{
    public static string CompactDuration(long seconds)
    {
        if (seconds < 0)
        {
            throw new ArgumentException("bad");
        }
        string s = "";
        long d = seconds / 86400;
        long h = (seconds - d * 86400) / 3600;
        long m = (seconds - d * 86400 - h * 3600) / 60;
        long sec = seconds - d * 86400 - h * 3600 - m * 60;
        if (d > 0)
        {
            s = s + d + "d";
        }
        if (h > 0)
        {
            if (s != "")
            {
                s = s + " ";
            }
            s = s + h + "h";
        }
        if (m > 0)
        {
            if (s != "")
            {
                s = s + " ";
            }
            s = s + m + "m";
        }
        if (sec > 0)
        {
            if (s != "")
            {
                s = s + " ";
            }
            s = s + sec + "s";
        }
        if (s == "")
        {
            s = "0s";
        }
        return s;
    }
}
