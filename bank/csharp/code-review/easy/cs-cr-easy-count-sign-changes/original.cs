using System.Collections.Generic;
using System.Linq;

/// <summary>Counts the sign changes along a list, skipping zeros.</summary>
public static class Solution
{
    public static long CountSignChanges(List<long> values)
    {
        var signed = values.Where(value => value != 0).ToList();
        return signed.Zip(signed.Skip(1), (left, right) => (left > 1) != (right > 0))
            .LongCount(changed => changed);
    }
}
