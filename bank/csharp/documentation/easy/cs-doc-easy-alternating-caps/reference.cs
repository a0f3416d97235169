using System.Text;

/// <summary>
/// Part of alternating capitals.
/// </summary>
public static class Solution
{
    private static bool IsAsciiLetter(char c)
    {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /// <summary>
    /// Rewrite the letters of the text so that they alternate between upper and lower case: the first letter is upper case, the second lower case, the third upper case, and so on, whatever their case in the input.
    /// </summary>
    /// <param name="text">the text (string) the description refers to as `text`</param>
    /// <returns>the result described above (string)</returns>
    public static string AlternatingCaps(string text)
    {
        var result = new StringBuilder(text.Length);
        bool upperNext = true;
        foreach (char c in text)
        {
            if (!IsAsciiLetter(c))
            {
                result.Append(c);
                continue;
            }
            result.Append(upperNext ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
            upperNext = !upperNext;
        }
        return result.ToString();
    }
}
