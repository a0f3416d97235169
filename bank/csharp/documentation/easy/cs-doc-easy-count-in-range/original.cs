using System.Collections.Generic;
using System.Linq;

public static class Solution
{
    public static long CountInRange(List<long> values, long low, long high)
    {
        return values.LongCount(value => low <= value && value <= high);
    }
}
