using System;
using System.Collections.Generic;

public static class Solution
{
    public static List<long> RisingChain(List<long> prices)
    {
        int n = prices.Count;
        List<long> result = new List<long>();
        if (n == 0)
        {
            return result;
        }
        int[] len = new int[n];
        for (int i = n - 1; i >= 0; i--)
        {
            len[i] = 1;
            for (int j = i + 1; j < n; j++)
            {
                if (prices[j] > prices[i])
                {
                    if (len[j] + 1 > len[i])
                    {
                        len[i] = len[j] + 1;
                    }
                }
            }
        }
        int max = 0;
        for (int i = 0; i < n; i++)
        {
            if (len[i] > max)
            {
                max = len[i];
            }
        }
        int pos = 0;
        for (int need = max; need > 0; need--)
        {
            int best = -1;
            for (int j = pos; j < n; j++)
            {
                if (len[j] == need)
                {
                    if (result.Count == 0 || prices[j] > result[result.Count - 1])
                    {
                        if (best == -1 || prices[j] < prices[best])
                        {
                            best = j;
                        }
                    }
                }
            }
            result.Add(prices[best]);
            pos = best + 1;
        }
        return result;
    }
}
