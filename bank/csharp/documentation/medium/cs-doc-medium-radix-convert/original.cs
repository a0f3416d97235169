using System;
using System.Text;

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

    public static string ConvertBase(string number, long fromBase, long toBase)
    {
        CheckBase(fromBase);
        CheckBase(toBase);
        bool negative = number.StartsWith("-", StringComparison.Ordinal);
        long magnitude = Parse(negative ? number.Substring(1) : number, fromBase);
        return (negative && magnitude != 0 ? "-" : "") + Format(magnitude, toBase);
    }
}
