using System;
using System.Linq;
using System.Text;

public static class Solution
{
    private static bool IsDigit(char c)
    {
        return c >= '0' && c <= '9';
    }

    public static string MaskCardNumber(string number, long visible)
    {
        if (visible < 0) throw new ArgumentException("visible must not be negative");
        if (number.Any(c => !IsDigit(c) && c != ' ' && c != '-'))
        {
            throw new ArgumentException("unexpected character in '" + number + "'");
        }
        long toMask = Math.Max(0, number.Count(IsDigit) - visible);
        var masked = new StringBuilder(number.Length);
        foreach (char c in number)
        {
            bool hide = IsDigit(c) && toMask > 0;
            if (hide) toMask--;
            masked.Append(hide ? '*' : c);
        }
        return masked.ToString();
    }
}
