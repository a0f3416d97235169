using System.Collections.Generic;
using System.Linq;

public static class Solution
{
    public static List<long> RotateList(List<long> values, long steps)
    {
        int count = values.Count;
        if (count == 0) return new List<long>();
        int shift = (int)((steps % count + count) % count);
        return values.Skip(count - shift).Concat(values.Take(count - shift)).ToList();
    }
}
