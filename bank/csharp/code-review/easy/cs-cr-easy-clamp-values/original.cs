using System;
using System.Collections.Generic;
using System.Linq;

/// <summary>Limits every value of a list to a closed range.</summary>
public static class Solution
{
    public static List<long> ClampValues(List<long> values, long low, long high)
    {
        if (low >= high) throw new ArgumentException("low must not be greater than high");
        return values.Select(value => Math.Min(Math.Max(value, low), high)).ToList();
    }
}
