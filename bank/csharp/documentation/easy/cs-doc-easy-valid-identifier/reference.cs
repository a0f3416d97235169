using System.Linq;

/// <summary>
/// Part of check an identifier.
/// </summary>
public static class Solution
{
    private const int MaxLength = 30;

    private static bool IsFirstChar(char c)
    {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static bool IsOtherChar(char c)
    {
        return IsFirstChar(c) || (c >= '0' && c <= '9');
    }

    /// <summary>
    /// Decide whether the text is a valid identifier.
    /// </summary>
    /// <param name="name">the name (string) the description refers to as `name`</param>
    /// <returns>the result described above (bool)</returns>
    public static bool IsValidIdentifier(string name)
    {
        if (name.Length < 1 || name.Length > MaxLength) return false;
        return IsFirstChar(name[0]) && name.Skip(1).All(IsOtherChar);
    }
}
