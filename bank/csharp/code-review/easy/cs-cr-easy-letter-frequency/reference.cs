using System.Collections.Generic;
using System.Linq;

/// <summary>Counts the ASCII letters of a text, ignoring case.</summary>
public static class Solution
{
    private static bool IsAsciiLetter(char c)
    {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    public static Dictionary<string, long> LetterFrequency(string text)
    {
        return text.Where(IsAsciiLetter)
            .GroupBy(c => char.ToLowerInvariant(c).ToString())
            .ToDictionary(group => group.Key, group => group.LongCount());
    }
}
