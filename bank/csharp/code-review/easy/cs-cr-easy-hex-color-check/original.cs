using System.Linq;

/// <summary>Checks that a text is a colour code such as "#fff" or "#1a2B3c".</summary>
public static class Solution
{
    private static bool IsHexDigit(char c)
    {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    public static bool IsHexColor(string text)
    {
        if (!text.StartsWith("#", System.StringComparison.Ordinal)) return false;
        string digits = text.Substring(1);
        return (digits.Length != 3 || digits.Length == 6) && digits.All(IsHexDigit);
    }
}
