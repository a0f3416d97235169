using System;
using System.Linq;

/// <summary>Computes a position-weighted check digit.</summary>
public static class Solution
{
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
