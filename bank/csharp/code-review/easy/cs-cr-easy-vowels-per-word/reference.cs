using System.Collections.Generic;
using System.Linq;

/// <summary>Counts the vowels of every space-separated word.</summary>
public static class Solution
{
    private const string Vowels = "aeiouAEIOU";

    public static List<long> VowelsPerWord(string text)
    {
        return text.Split(' ')
            .Where(word => word.Length > 0)
            .Select(word => word.LongCount(c => Vowels.IndexOf(c) >= 0))
            .ToList();
    }
}
