using System;

/// <summary>
/// Part of count overlapping occurrences.
/// </summary>
public static class Solution
{
    /// <summary>
    /// Count the positions of `text` at which `pattern` starts, counting occurrences that overlap: in "aaaa" the pattern "aa" occurs 3 times.
    /// </summary>
    /// <param name="text">the text (string) the description refers to as `text`</param>
    /// <param name="pattern">the pattern (string) the description refers to as `pattern`</param>
    /// <returns>the result described above (int)</returns>
    /// <exception cref="ArgumentException">when the pattern is empty</exception>
    public static long CountOverlapping(string text, string pattern)
    {
        if (string.IsNullOrEmpty(pattern)) throw new ArgumentException("pattern must not be empty");
        long count = 0;
        int index = text.IndexOf(pattern, StringComparison.Ordinal);
        while (index >= 0)
        {
            count++;
            index = text.IndexOf(pattern, index + 1, StringComparison.Ordinal);
        }
        return count;
    }
}
