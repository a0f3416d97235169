using System;
using System.Collections.Generic;
using System.Linq;

/// <summary>
/// Part of clamp values into a range.
/// </summary>
public static class Solution
{
    /// <summary>
    /// Return a new list in which every value is limited to the closed range [low, high]: a value below `low` becomes `low`, a value above `high` becomes `high`, and a value inside the range (bounds included) is kept.
    /// </summary>
    /// <param name="values">the values (list of int) the description refers to as `values`</param>
    /// <param name="low">the low (int) the description refers to as `low`</param>
    /// <param name="high">the high (int) the description refers to as `high`</param>
    /// <returns>the result described above (list of int)</returns>
    /// <exception cref="ArgumentException">when low is greater than high</exception>
    public static List<long> ClampValues(List<long> values, long low, long high)
    {
        if (low > high) throw new ArgumentException("low must not be greater than high");
        return values.Select(value => Math.Min(Math.Max(value, low), high)).ToList();
    }
}
