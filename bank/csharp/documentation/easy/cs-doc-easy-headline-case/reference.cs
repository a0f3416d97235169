using System.Collections.Generic;
using System.Linq;

/// <summary>
/// Part of headline capitalisation.
/// </summary>
public static class Solution
{
    private static readonly HashSet<string> MinorWords = new HashSet<string>
    {
        "a", "an", "and", "the", "of", "in", "on", "or", "to",
    };

    private static string FormatWord(string word, bool isEdge)
    {
        string lower = word.ToLowerInvariant();
        if (lower.Length == 0 || (MinorWords.Contains(lower) && !isEdge)) return lower;
        return char.ToUpperInvariant(lower[0]) + lower.Substring(1);
    }

    /// <summary>
    /// Capitalise a title.
    /// </summary>
    /// <param name="title">the title (string) the description refers to as `title`</param>
    /// <returns>the result described above (string)</returns>
    public static string HeadlineCase(string title)
    {
        if (title.Length == 0) return "";
        string[] words = title.Split(' ');
        int last = words.Length - 1;
        return string.Join(" ", words.Select((word, i) => FormatWord(word, i == 0 || i == last)));
    }
}
