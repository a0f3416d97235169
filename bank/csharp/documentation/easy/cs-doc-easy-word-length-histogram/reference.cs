using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

/// <summary>
/// Part of word length histogram.
/// </summary>
public static class Solution
{
    private static readonly Regex Word = new Regex("[A-Za-z]+");

    /// <summary>
    /// Count the words of the text by length.
    /// </summary>
    /// <param name="text">the text (string) the description refers to as `text`</param>
    /// <returns>the result described above (map of int)</returns>
    public static Dictionary<string, long> WordLengthHistogram(string text)
    {
        return Word.Matches(text).Cast<Match>()
            .GroupBy(match => match.Value.Length.ToString())
            .ToDictionary(group => group.Key, group => group.LongCount());
    }
}
