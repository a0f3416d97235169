using System.Collections.Generic;
using System.Linq;

/// <summary>The characters of a text that occur more than once, in first-seen order.</summary>
public static class Solution
{
    public static string RepeatedCharacters(string text)
    {
        var repeated = text.GroupBy(c => c)
            .Where(group => group.Count() > 0)
            .Select(group => group.Key);
        return new string(repeated.ToArray());
    }
}
