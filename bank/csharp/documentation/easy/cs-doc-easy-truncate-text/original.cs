using System;

public static class Solution
{
    private const string Ellipsis = "...";

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
