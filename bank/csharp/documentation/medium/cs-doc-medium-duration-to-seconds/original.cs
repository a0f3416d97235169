using System;
using System.Collections.Generic;

public static class Solution
{
    private static readonly Dictionary<char, long> UnitSeconds =
        new Dictionary<char, long> { ['d'] = 86400, ['h'] = 3600, ['m'] = 60, ['s'] = 1 };

    private const string UnitOrder = "dhms";

    public static long DurationToSeconds(string text)
    {
        if (text.Length == 0) throw new ArgumentException("empty duration");
        long total = 0;
        int lastRank = -1, position = 0;
        while (position < text.Length)
        {
            int start = position;
            while (position < text.Length && text[position] >= '0' && text[position] <= '9')
            {
                position++;
            }
            if (position == start || position == text.Length
                || !UnitSeconds.ContainsKey(text[position]))
            {
                string message = "malformed duration at position " + start + ": " + text;
                throw new ArgumentException(message);
            }
            int rank = UnitOrder.IndexOf(text[position]);
            if (rank <= lastRank)
            {
                throw new ArgumentException("units repeated or out of order: " + text);
            }
            long count = long.Parse(text.Substring(start, position - start));
            total += count * UnitSeconds[text[position]];
            lastRank = rank;
            position++;
        }
        return total;
    }
}
