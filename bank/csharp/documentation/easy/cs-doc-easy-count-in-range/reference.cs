using System.Collections.Generic;
using System.Linq;

/// <summary>
/// Part of count values in a range.
/// </summary>
public static class Solution
{
    /// <summary>
    /// Count the values that lie in the closed range [low, high], that is, the values v with low &lt;= v &lt;= high (both bounds included).
    /// </summary>
    /// <param name="values">the values (list of int) the description refers to as `values`</param>
    /// <param name="low">the low (int) the description refers to as `low`</param>
    /// <param name="high">the high (int) the description refers to as `high`</param>
    /// <returns>the result described above (int)</returns>
    public static long CountInRange(List<long> values, long low, long high)
    {
        return values.LongCount(value => low <= value && value <= high);
    }
}
