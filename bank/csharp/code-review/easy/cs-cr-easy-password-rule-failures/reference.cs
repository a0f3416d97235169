using System.Collections.Generic;
using System.Linq;

/// <summary>Reports which password rules a password breaks.</summary>
public static class Solution
{
    private const int MinLength = 8;

    private static bool HasAny(string password, char first, char last)
    {
        return password.Any(c => c >= first && c <= last);
    }

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
