using System;

/// <summary>
/// Part of steps to a single digit.
/// </summary>
public static class Solution
{
    private static long DigitSum(long number)
    {
        long sum = 0;
        for (; number > 0; number /= 10) sum += number % 10;
        return sum;
    }

    /// <summary>
    /// Repeatedly replace a number by the sum of its decimal digits until it has a single digit, and return how many replacements that took.
    /// </summary>
    /// <param name="n">the n (int) the description refers to as `n`</param>
    /// <returns>the result described above (int)</returns>
    public static long DigitSumSteps(long n)
    {
        long number = Math.Abs(n);
        long steps = 0;
        while (number >= 10)
        {
            number = DigitSum(number);
            steps++;
        }
        return steps;
    }
}
