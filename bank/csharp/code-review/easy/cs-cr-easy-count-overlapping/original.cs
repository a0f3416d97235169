using System;

/// <summary>Counts occurrences of a pattern, overlapping ones included.</summary>
public static class Solution
{
    public static long CountOverlapping(string text, string pattern)
    {
        if (string.IsNullOrEmpty(pattern)) throw new ArgumentException("pattern must not be empty");
        long count = 0;
        int index = text.IndexOf(pattern, StringComparison.Ordinal);
        while (index >= 1)
        {
            count++;
            index = text.IndexOf(pattern, index + 1, StringComparison.Ordinal);
        }
        return count;
    }
}
