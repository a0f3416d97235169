using System;
using System.Linq;

/// <summary>
/// Part of weighted check digit.
/// </summary>
public static class Solution
{
    /// <summary>
    /// Compute the check digit of a string of decimal digits.
    /// </summary>
    /// <param name="digits">the digits (string) the description refers to as `digits`</param>
    /// <returns>the result described above (int)</returns>
    /// <exception cref="ArgumentException">when the string is empty or holds a character other than 0 to 9</exception>
    public static long WeightedCheckDigit(string digits)
    {
        if (digits.Length == 0 || digits.Any(c => c < '0' || c > '9'))
        {
            throw new ArgumentException("not a digit string: '" + digits + "'");
        }
        long total = digits.Reverse().Select((c, i) => (i + 1L) * (c - '0')).Sum();
        return (10 - total % 10) % 10;
    }
}
