using System.Linq;

/// <summary>
/// Part of check a hex colour code.
/// </summary>
public static class Solution
{
    private static bool IsHexDigit(char c)
    {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /// <summary>
    /// Decide whether the text is a hex colour code: a "#" followed by exactly 3 or exactly 6 hexadecimal digits, where a hexadecimal digit is 0 to 9, a to f or A to F (upper and lower case may be mixed).
    /// </summary>
    /// <param name="text">the text (string) the description refers to as `text`</param>
    /// <returns>the result described above (bool)</returns>
    public static bool IsHexColor(string text)
    {
        if (!text.StartsWith("#", System.StringComparison.Ordinal)) return false;
        string digits = text.Substring(1);
        return (digits.Length == 3 || digits.Length == 6) && digits.All(IsHexDigit);
    }
}
