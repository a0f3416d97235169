using System;

/// <summary>
/// Part of alternating digit sum.
/// </summary>
public static class Solution
{
    /// <summary>
    /// Take the decimal digits of the number from the most significant digit to the least significant one, and add them with alternating signs: the first digit is added, the second subtracted, the third added, and so on.
    /// </summary>
    /// <param name="number">the number (int) the description refers to as `number`</param>
    /// <returns>the result described above (int)</returns>
    public static long AlternatingDigitSum(long number)
    {
        string digits = Math.Abs(number).ToString();
        long total = 0;
        for (int i = 0; i < digits.Length; i++)
        {
            long digit = digits[i] - '0';
            total += i % 2 == 0 ? digit : -digit;
        }
        return total;
    }
}
