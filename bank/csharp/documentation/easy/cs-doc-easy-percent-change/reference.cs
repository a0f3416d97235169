using System;

/// <summary>
/// Part of percentage change.
/// </summary>
public static class Solution
{
    /// <summary>
    /// Return the change from `old` to `new` as a percentage of the size of `old`: (new - old) / |old| * 100.
    /// </summary>
    /// <param name="old">the old (float) the description refers to as `old`</param>
    /// <param name="new">the new (float) the description refers to as `new`</param>
    /// <returns>the result described above (float)</returns>
    /// <exception cref="ArgumentException">when old is zero</exception>
    public static double PercentChange(double old, double @new)
    {
        if (old == 0) throw new ArgumentException("old must not be zero");
        return (@new - old) / Math.Abs(old) * 100;
    }
}
