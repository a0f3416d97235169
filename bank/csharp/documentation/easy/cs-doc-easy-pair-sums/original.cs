using System.Collections.Generic;

public static class Solution
{
    public static List<long> PairSums(List<long> values)
    {
        var sums = new List<long>();
        for (int start = 0; start < values.Count; start += 2)
        {
            bool hasPartner = start + 1 < values.Count;
            sums.Add(values[start] + (hasPartner ? values[start + 1] : 0));
        }
        return sums;
    }
}
