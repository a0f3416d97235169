using System.Collections.Generic;
using System.Linq;
using System.Numerics;

/// <summary>
/// Part of split digits into numbers within a range.
/// </summary>
public static class Solution
{
    private static bool ValidPart(string part, long low, long high)
    {
        if (part.Length > 1 && part[0] == '0') return false;
        BigInteger value = BigInteger.Parse(part);
        return value >= low && value <= high;
    }

    private static void Collect(string digits, string prefix, long low, long high,
        List<string> found)
    {
        for (int cut = 1; cut <= digits.Length; cut++)
        {
            string head = digits.Substring(0, cut);
            if (!ValidPart(head, low, high)) continue;
            string joined = prefix.Length == 0 ? head : prefix + "-" + head;
            if (cut == digits.Length) found.Add(joined);
            else Collect(digits.Substring(cut), joined, low, high, found);
        }
    }

    /// <summary>
    /// `digits` is a string of decimal digits (at most 12 of them).
    /// </summary>
    /// <param name="digits">the digits (string) the description refers to as `digits`</param>
    /// <param name="low">the low (int) the description refers to as `low`</param>
    /// <param name="high">the high (int) the description refers to as `high`</param>
    /// <returns>the result described above (list of string)</returns>
    public static List<string> SplitInRange(string digits, long low, long high)
    {
        var found = new List<string>();
        if (digits.Length > 0) Collect(digits, "", low, high, found);
        return found.OrderBy(split => split, System.StringComparer.Ordinal).ToList();
    }
}
