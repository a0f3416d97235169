using System;
using System.Collections.Generic;
using System.Linq;

/// <summary>
/// Part of histogram of equal-width bins.
/// </summary>
public static class Solution
{
    /// <summary>
    /// Count non-negative values into bins of equal `width`: bin k (counting from 0) holds the values from k * width to (k + 1) * width - 1, both included.
    /// </summary>
    /// <param name="values">the values (list of int) the description refers to as `values`</param>
    /// <param name="width">the width (int) the description refers to as `width`</param>
    /// <returns>the result described above (list of int)</returns>
    /// <exception cref="ArgumentException">when width is smaller than 1, or a value is negative</exception>
    public static List<long> HistogramBins(List<long> values, long width)
    {
        if (width < 1) throw new ArgumentException("width must be at least 1");
        if (values.Any(value => value < 0))
        {
            throw new ArgumentException("values must not be negative");
        }
        if (values.Count == 0) return new List<long>();
        var counts = new long[values.Max() / width + 1];
        foreach (long value in values) counts[value / width]++;
        return counts.ToList();
    }
}
