using System;
using System.Text;

/// <summary>
/// Part of interleave two strings.
/// </summary>
public static class Solution
{
    /// <summary>
    /// Merge two strings by taking their characters alternately, starting with the first string: the first character of `first`, then the first character of `second`, then the second character of `first`, and so on.
    /// </summary>
    /// <param name="first">the first (string) the description refers to as `first`</param>
    /// <param name="second">the second (string) the description refers to as `second`</param>
    /// <returns>the result described above (string)</returns>
    public static string InterleaveStrings(string first, string second)
    {
        var result = new StringBuilder(first.Length + second.Length);
        int common = Math.Min(first.Length, second.Length);
        for (int i = 0; i < common; i++)
        {
            result.Append(first[i]).Append(second[i]);
        }
        result.Append(first, common, first.Length - common);
        result.Append(second, common, second.Length - common);
        return result.ToString();
    }
}
