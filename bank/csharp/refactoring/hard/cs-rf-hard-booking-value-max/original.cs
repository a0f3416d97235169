using System;
using System.Collections.Generic;

public static class Solution
{
    public static long MaxBookingValue(List<List<long>> bookings)
    {
        List<List<long>> b = new List<List<long>>();
        for (int i = 0; i < bookings.Count; i++)
        {
            b.Add(bookings[i]);
        }
        for (int i = 0; i < b.Count; i++)
        {
            for (int j = 0; j < b.Count - 1; j++)
            {
                if (b[j][1] > b[j + 1][1])
                {
                    List<long> t = b[j];
                    b[j] = b[j + 1];
                    b[j + 1] = t;
                }
            }
        }
        long[] dp = new long[b.Count + 1];
        dp[0] = 0;
        for (int i = 1; i <= b.Count; i++)
        {
            long take = b[i - 1][2];
            for (int j = i - 1; j >= 1; j--)
            {
                if (b[j - 1][1] <= b[i - 1][0])
                {
                    take = b[i - 1][2] + dp[j];
                    break;
                }
            }
            if (take > dp[i - 1])
            {
                dp[i] = take;
            }
            else
            {
                dp[i] = dp[i - 1];
            }
        }
        return dp[b.Count];
    }
}
