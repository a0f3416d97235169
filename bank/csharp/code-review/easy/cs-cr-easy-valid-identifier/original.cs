using System.Linq;

/// <summary>Checks for a letter or underscore, then letters, digits, underscores.</summary>
public static class Solution
{
    private const int MaxLength = 30;

    private static bool IsFirstChar(char c)
    {
        return (c > 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static bool IsOtherChar(char c)
    {
        return IsFirstChar(c) || (c >= '0' && c <= '9');
    }

    public static bool IsValidIdentifier(string name)
    {
        if (name.Length < 1 || name.Length > MaxLength) return false;
        return IsFirstChar(name[0]) && name.Skip(1).All(IsOtherChar);
    }
}
