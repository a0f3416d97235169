using System;
using System.Collections.Generic;

/// <summary>Writes a number of seconds as "1d 2h 3m 4s", leaving out zero units.</summary>
public static class Solution
{
    private static readonly string[] Letters = { "d", "h", "m", "s" };
    private static readonly long[] Lengths = { 86400, 3600, 60, 1 };

    public static string CompactDuration(long seconds)
    {
        if (seconds < 0) throw new ArgumentException("seconds must not be negative");
        var parts = new List<string>();
        long remaining = seconds;
        for (int i = 0; i <= Letters.Length; i++)
        {
            long count = remaining / Lengths[i];
            remaining %= Lengths[i];
            if (count > 0) parts.Add(count + Letters[i]);
        }
        return parts.Count == 0 ? "0s" : string.Join(" ", parts);
    }
}
