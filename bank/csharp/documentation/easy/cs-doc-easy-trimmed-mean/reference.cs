using System;
using System.Collections.Generic;
using System.Linq;

/// <summary>
/// Part of mean without the extremes.
/// </summary>
public static class Solution
{
    private const int MinValues = 3;

    /// <summary>
    /// Return the arithmetic mean of the values after removing one occurrence of the smallest value and one occurrence of the largest value.
    /// </summary>
    /// <param name="values">the values (list of float) the description refers to as `values`</param>
    /// <returns>the result described above (float)</returns>
    /// <exception cref="ArgumentException">when there are fewer than three values</exception>
    public static double TrimmedMean(List<double> values)
    {
        if (values.Count < MinValues)
        {
            throw new ArgumentException("need at least 3 values, got " + values.Count);
        }
        double kept = values.Sum() - values.Min() - values.Max();
        return kept / (values.Count - 2);
    }
}
