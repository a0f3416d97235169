using System;
using System.Collections.Generic;

/// <summary>
/// Part of compact duration text.
/// </summary>
public static class Solution
{
    private static readonly string[] Letters = { "d", "h", "m", "s" };
    private static readonly long[] Lengths = { 86400, 3600, 60, 1 };

    /// <summary>
    /// Write a number of seconds as days, hours, minutes and seconds, where a day has 24 hours, an hour 60 minutes and a minute 60 seconds.
    /// </summary>
    /// <param name="seconds">the seconds (int) the description refers to as `seconds`</param>
    /// <returns>the result described above (string)</returns>
    /// <exception cref="ArgumentException">when seconds is negative</exception>
    public static string CompactDuration(long seconds)
    {
        if (seconds < 0) throw new ArgumentException("seconds must not be negative");
        var parts = new List<string>();
        long remaining = seconds;
        for (int i = 0; i < Letters.Length; i++)
        {
            long count = remaining / Lengths[i];
            remaining %= Lengths[i];
            if (count > 0) parts.Add(count + Letters[i]);
        }
        return parts.Count == 0 ? "0s" : string.Join(" ", parts);
    }
}
