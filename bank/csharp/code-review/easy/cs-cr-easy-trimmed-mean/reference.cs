using System;
using System.Collections.Generic;
using System.Linq;

/// <summary>Mean of a list without one smallest and one largest value.</summary>
public static class Solution
{
    private const int MinValues = 3;

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
