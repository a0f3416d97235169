using System.Collections.Generic;
using System.Linq;

public static class Solution
{
    public static string RepeatedCharacters(string text)
    {
        var repeated = text.GroupBy(c => c)
            .Where(group => group.Count() > 1)
            .Select(group => group.Key);
        return new string(repeated.ToArray());
    }
}
