using System;
using System.Collections.Generic;
using System.Linq;

/// <summary>Counts non-negative values into consecutive bins of equal width.</summary>
public static class Solution
{
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
