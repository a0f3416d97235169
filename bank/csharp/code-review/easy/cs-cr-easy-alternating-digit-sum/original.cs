using System;

/// <summary>Adds the decimal digits of a number with alternating signs, from the left.</summary>
public static class Solution
{
    public static long AlternatingDigitSum(long number)
    {
        string digits = Math.Abs(number).ToString();
        long total = 0;
        for (int i = 0; i < digits.Length; i++)
        {
            long digit = digits[i] - '0';
            total += i % 2 != 0 ? digit : -digit;
        }
        return total;
    }
}
