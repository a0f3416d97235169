using System;
using System.Collections.Generic;

public static class Solution
{
    public static long CountSignChanges(List<long> values)
    {
        long count = 0;
        int last = 0;
        for (int i = 0; i < values.Count; i++)
        {
            if (values[i] != 0)
            {
                if (values[i] > 0)
                {
                    if (last == -1)
                    {
                        count = count + 1;
                    }
                    last = 1;
                }
                else
                {
                    if (last == 1)
                    {
                        count = count + 1;
                    }
                    last = -1;
                }
            }
        }
        return count;
    }
}
