using System;

public static class Solution
{
    private static long DigitSum(long number)
    {
        long sum = 0;
        for (; number > 0; number /= 10) sum += number % 10;
        return sum;
    }

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
