using System;
using System.Collections.Generic;

public static class Solution
{
    public static List<List<long>> RunLengthList(List<long> values)
    {
        List<List<long>> result = new List<List<long>>();
        int i = 0;
        while (i < values.Count)
        {
            int j = i;
            while (j < values.Count && values[j] == values[i])
            {
                j = j + 1;
            }
            List<long> pair = new List<long>();
            pair.Add(values[i]);
            pair.Add(j - i);
            result.Add(pair);
            i = j;
        }
        return result;
    }
}
