using System;

/// <summary>
/// Part of truncate text with an ellipsis.
/// </summary>
public static class Solution
{
    private const string Ellipsis = "...";

    /// <summary>
    /// Shorten the text so that it has at most `max_length` characters.
    /// </summary>
    /// <param name="text">the text (string) the description refers to as `text`</param>
    /// <param name="maxLength">the max length (int) the description refers to as `max_length`</param>
    /// <returns>the result described above (string)</returns>
    /// <exception cref="ArgumentException">when max_length is smaller than 3</exception>
    public static string TruncateText(string text, long maxLength)
    {
        if (maxLength < Ellipsis.Length)
        {
            throw new ArgumentException("maxLength must be at least 3");
        }
        if (text.Length <= maxLength) return text;
        return text.Substring(0, (int)maxLength - Ellipsis.Length) + Ellipsis;
    }
}
