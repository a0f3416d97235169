using System.Collections.Generic;
using System.Linq;

/// <summary>
/// Part of repeated characters.
/// </summary>
public static class Solution
{
    /// <summary>
    /// Return the characters that occur more than once in the text, each written once, in the order of their first occurrence in the text.
    /// </summary>
    /// <param name="text">the text (string) the description refers to as `text`</param>
    /// <returns>the result described above (string)</returns>
    public static string RepeatedCharacters(string text)
    {
        var repeated = text.GroupBy(c => c)
            .Where(group => group.Count() > 1)
            .Select(group => group.Key);
        return new string(repeated.ToArray());
    }
}
