using System;
using System.Collections.Generic;
using System.Linq;

/// <summary>The mean distance of a list of values from their mean.</summary>
public static class Solution
{
    public static double MeanAbsoluteDeviation(List<long> values)
    {
        if (values.Count == 0) throw new ArgumentException("values must not be empty");
        double mean = values.Average(value => (double)value);
        return values.Average(value => Math.Abs(value - mean));
    }
}
