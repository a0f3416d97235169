using System;

public static class Solution
{
    public static double PercentChange(double old, double @new)
    {
        if (old == 0) throw new ArgumentException("old must not be zero");
        return (@new - old) / Math.Abs(old) * 100;
    }
}
