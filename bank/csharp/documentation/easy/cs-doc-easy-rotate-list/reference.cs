using System.Collections.Generic;
using System.Linq;

/// <summary>
/// Part of rotate a list.
/// </summary>
public static class Solution
{
    /// <summary>
    /// Rotate the list to the right by `steps` positions: each element moves `steps` places towards the end, and elements that fall off the end come back at the start.
    /// </summary>
    /// <param name="values">the values (list of int) the description refers to as `values`</param>
    /// <param name="steps">the steps (int) the description refers to as `steps`</param>
    /// <returns>the result described above (list of int)</returns>
    public static List<long> RotateList(List<long> values, long steps)
    {
        int count = values.Count;
        if (count == 0) return new List<long>();
        int shift = (int)((steps % count + count) % count);
        return values.Skip(count - shift).Concat(values.Take(count - shift)).ToList();
    }
}
