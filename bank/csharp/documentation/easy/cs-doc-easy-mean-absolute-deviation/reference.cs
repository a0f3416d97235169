using System;
using System.Collections.Generic;
using System.Linq;

/// <summary>
/// Part of mean absolute deviation.
/// </summary>
public static class Solution
{
    /// <summary>
    /// Return the mean absolute deviation of the values: first compute their arithmetic mean, then the distance (the absolute difference) of every value from that mean, and return the arithmetic mean of those distances.
    /// </summary>
    /// <param name="values">the values (list of int) the description refers to as `values`</param>
    /// <returns>the result described above (float)</returns>
    /// <exception cref="ArgumentException">when the list is empty</exception>
    public static double MeanAbsoluteDeviation(List<long> values)
    {
        if (values.Count == 0) throw new ArgumentException("values must not be empty");
        double mean = values.Average(value => (double)value);
        return values.Average(value => Math.Abs(value - mean));
    }
}
