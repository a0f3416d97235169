using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

public static class Solution
{
    private static readonly Regex Word = new Regex("[A-Za-z]+");

    public static Dictionary<string, long> WordLengthHistogram(string text)
    {
        return Word.Matches(text).Cast<Match>()
            .GroupBy(match => match.Value.Length.ToString())
            .ToDictionary(group => group.Key, group => group.LongCount());
    }
}
