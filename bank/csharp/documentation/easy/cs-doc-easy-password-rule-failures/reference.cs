using System.Collections.Generic;
using System.Linq;

/// <summary>
/// Part of failed password rules.
/// </summary>
public static class Solution
{
    private const int MinLength = 8;

    private static bool HasAny(string password, char first, char last)
    {
        return password.Any(c => c >= first && c <= last);
    }

    /// <summary>
    /// Check a password against five rules and return the names of the rules it breaks, in this order: "length" when it has fewer than 8 characters, "upper" when it has no upper-case letter A to Z, "lower" when it has no lower-case letter a to z, "digit" when it has no digit 0 to 9, and "space" when it contains a space character.
    /// </summary>
    /// <param name="password">the password (string) the description refers to as `password`</param>
    /// <returns>the result described above (list of string)</returns>
    public static List<string> PasswordRuleFailures(string password)
    {
        var passes = new List<KeyValuePair<string, bool>>
        {
            new KeyValuePair<string, bool>("length", password.Length >= MinLength),
            new KeyValuePair<string, bool>("upper", HasAny(password, 'A', 'Z')),
            new KeyValuePair<string, bool>("lower", HasAny(password, 'a', 'z')),
            new KeyValuePair<string, bool>("digit", HasAny(password, '0', '9')),
            new KeyValuePair<string, bool>("space", !password.Contains(" ")),
        };
        return passes.Where(rule => !rule.Value).Select(rule => rule.Key).ToList();
    }
}
