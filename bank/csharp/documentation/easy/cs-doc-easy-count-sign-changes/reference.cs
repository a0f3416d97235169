using System.Collections.Generic;
using System.Linq;

/// <summary>
/// Part of count sign changes.
/// </summary>
public static class Solution
{
    /// <summary>
    /// Count how many times the sign changes along the list.
    /// </summary>
    /// <param name="values">the values (list of int) the description refers to as `values`</param>
    /// <returns>the result described above (int)</returns>
    public static long CountSignChanges(List<long> values)
    {
        var signed = values.Where(value => value != 0).ToList();
        return signed.Zip(signed.Skip(1), (left, right) => (left > 0) != (right > 0))
            .LongCount(changed => changed);
    }
}
