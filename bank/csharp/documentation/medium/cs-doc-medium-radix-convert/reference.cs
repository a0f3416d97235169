using System;
using System.Text;

/// <summary>
/// Part of convert between number bases.
/// </summary>
public static class Solution
{
    private const string Digits = "0123456789abcdefghijklmnopqrstuvwxyz";

    private static void CheckBase(long numberBase)
    {
        if (numberBase < 2 || numberBase > 36)
        {
            throw new ArgumentException("base out of range: " + numberBase);
        }
    }

    private static long Parse(string digits, long numberBase)
    {
        if (digits.Length == 0) throw new ArgumentException("no digits");
        long value = 0;
        foreach (char c in digits.ToLowerInvariant())
        {
            int digit = Digits.IndexOf(c);
            if (digit < 0 || digit >= numberBase)
            {
                throw new ArgumentException("invalid digit '" + c + "'");
            }
            value = value * numberBase + digit;
        }
        return value;
    }

    private static string Format(long value, long numberBase)
    {
        var digits = new StringBuilder();
        do
        {
            digits.Insert(0, Digits[(int)(value % numberBase)]);
            value /= numberBase;
        } while (value > 0);
        return digits.ToString();
    }

    /// <summary>
    /// Convert the integer written in `number` from base `from_base` to base `to_base`; both bases are between 2 and 36 inclusive.
    /// </summary>
    /// <param name="number">the number (string) the description refers to as `number`</param>
    /// <param name="fromBase">the from base (int) the description refers to as `from_base`</param>
    /// <param name="toBase">the to base (int) the description refers to as `to_base`</param>
    /// <returns>the result described above (string)</returns>
    public static string ConvertBase(string number, long fromBase, long toBase)
    {
        CheckBase(fromBase);
        CheckBase(toBase);
        bool negative = number.StartsWith("-", StringComparison.Ordinal);
        long magnitude = Parse(negative ? number.Substring(1) : number, fromBase);
        return (negative && magnitude != 0 ? "-" : "") + Format(magnitude, toBase);
    }
}
