using System;
using System.Collections.Generic;
using System.Linq;

/// <summary>
/// Part of most valuable bookings.
/// </summary>
public static class Solution
{
    /// <summary>
    /// bookings[i] = [start, end, value] describes a half-open time interval [start, end) with start &lt; end and a value of at least 0.
    /// </summary>
    /// <param name="bookings">the bookings (list of list of int) the description refers to as `bookings`</param>
    /// <returns>the result described above (int)</returns>
    public static long MaxBookingValue(List<List<long>> bookings)
    {
        var ordered = bookings.OrderBy(booking => booking[1]).ToList();
        // best[i]: the optimum over the first i bookings by end
        var best = new long[ordered.Count + 1];
        for (int i = 0; i < ordered.Count; i++)
        {
            long start = ordered[i][0];
            int low = 0, high = i;
            while (low < high)
            {
                int middle = (low + high) / 2;
                if (ordered[middle][1] <= start) low = middle + 1;
                else high = middle;
            }
            best[i + 1] = Math.Max(best[i], best[low] + ordered[i][2]);
        }
        return best[ordered.Count];
    }
}
