using System;
using System.Collections.Generic;
using System.Linq;

/// <summary>
/// Part of check a version against a constraint.
/// </summary>
public static class Solution
{
    private static readonly string[] Symbols = { ">=", "<=", ">", "<", "=" };

    private static readonly Func<int, bool>[] Holds =
    {
        order => order >= 0, order => order <= 0, order => order > 0, order => order < 0,
            order => order == 0,
    };

    private static List<long> Parse(string text)
    {
        return text.Split('.').Select(long.Parse).ToList();
    }

    private static int Compare(List<long> a, List<long> b)
    {
        for (int i = 0; i < Math.Min(a.Count, b.Count); i++)
        {
            if (a[i] != b[i]) return a[i].CompareTo(b[i]);
        }
        return a.Count.CompareTo(b.Count);
    }

    private static bool Check(List<long> version, string comparison)
    {
        for (int i = 0; i < Symbols.Length; i++)
        {
            if (comparison.StartsWith(Symbols[i], StringComparison.Ordinal))
            {
                return Holds[i](Compare(version, Parse(comparison.Substring(Symbols[i].Length))));
            }
        }
        throw new ArgumentException("unknown comparison: " + comparison);
    }

    /// <summary>
    /// `version` has the form MAJOR.MINOR.PATCH (three non-negative decimal integers).
    /// </summary>
    /// <param name="version">the version (string) the description refers to as `version`</param>
    /// <param name="constraint">the constraint (string) the description refers to as `constraint`</param>
    /// <returns>the result described above (bool)</returns>
    public static bool Satisfies(string version, string constraint)
    {
        List<long> parsed = Parse(version);
        return constraint.Split(new[] { "||" }, StringSplitOptions.None).Any(alternative =>
            alternative.Split((char[])null,
                StringSplitOptions.RemoveEmptyEntries).All(c => Check(parsed, c)));
    }
}
