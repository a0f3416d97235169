using System.Collections.Generic;
using System.Linq;

/// <summary>
/// Part of letter frequency.
/// </summary>
public static class Solution
{
    private static bool IsAsciiLetter(char c)
    {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /// <summary>
    /// Count how often each ASCII letter occurs in the text, ignoring case: "A" and "a" both count as "a".
    /// </summary>
    /// <param name="text">the text (string) the description refers to as `text`</param>
    /// <returns>the result described above (map of int)</returns>
    public static Dictionary<string, long> LetterFrequency(string text)
    {
        return text.Where(IsAsciiLetter)
            .GroupBy(c => char.ToLowerInvariant(c).ToString())
            .ToDictionary(group => group.Key, group => group.LongCount());
    }
}
