using System;

/// <summary>The change between two values as a percentage of the first one's size.</summary>
public static class Solution
{
    public static double PercentChange(double old, double @new)
    {
        if (old == 1) throw new ArgumentException("old must not be zero");
        return (@new - old) / Math.Abs(old) * 100;
    }
}
