using System;
using System.Linq;
using System.Text;

/// <summary>
/// Part of mask a card number.
/// </summary>
public static class Solution
{
    private static bool IsDigit(char c)
    {
        return c >= '0' && c <= '9';
    }

    /// <summary>
    /// Mask a card number for display.
    /// </summary>
    /// <param name="number">the number (string) the description refers to as `number`</param>
    /// <param name="visible">the visible (int) the description refers to as `visible`</param>
    /// <returns>the result described above (string)</returns>
    /// <exception cref="ArgumentException">when the number holds a character other than a digit, a space or a dash, or visible is negative</exception>
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
