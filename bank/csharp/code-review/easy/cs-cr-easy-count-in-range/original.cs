using System.Collections.Generic;
using System.Linq;

/// <summary>Counts the values of a list that lie in a closed range.</summary>
public static class Solution
{
    public static long CountInRange(List<long> values, long low, long high)
    {
        return values.LongCount(value => low <= value && value < high);
    }
}
