using System.Collections.Generic;
using System.Linq;

/// <summary>Title capitalisation that keeps minor words in lower case.</summary>
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

    public static string HeadlineCase(string title)
    {
        if (title.Length == 0) return "";
        string[] words = title.Split(' ');
        int last = words.Length - 1;
        return string.Join(" ", words.Select((word, i) => FormatWord(word, i == 0 || i == last)));
    }
}
