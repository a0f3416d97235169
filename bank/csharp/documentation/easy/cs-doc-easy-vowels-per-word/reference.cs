using System.Collections.Generic;
using System.Linq;

/// <summary>
/// Part of vowels per word.
/// </summary>
public static class Solution
{
    private const string Vowels = "aeiouAEIOU";

    /// <summary>
    /// Split the text into words and count the vowels in each one.
    /// </summary>
    /// <param name="text">the text (string) the description refers to as `text`</param>
    /// <returns>the result described above (list of int)</returns>
    public static List<long> VowelsPerWord(string text)
    {
        return text.Split(' ')
            .Where(word => word.Length > 0)
            .Select(word => word.LongCount(c => Vowels.IndexOf(c) >= 0))
            .ToList();
    }
}
