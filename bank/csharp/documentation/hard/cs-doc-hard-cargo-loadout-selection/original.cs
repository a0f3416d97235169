using System.Collections.Generic;

public static class Solution
{
    private static bool Better(long[] a, long[] b)
    {
        return a[0] > b[0] || (a[0] == b[0] && a[1] < b[1]);
    }

    private static long[,][] SuffixTable(List<long> weights, List<long> values, int capacity)
    {
        var best = new long[weights.Count + 1, capacity + 1][];
        for (int room = 0; room <= capacity; room++) best[weights.Count, room] = new long[2];
        for (int i = weights.Count - 1; i >= 0; i--)
        {
            for (int room = 0; room <= capacity; room++)
            {
                best[i, room] = best[i + 1, room];
                if (weights[i] > room) continue;
                long[] rest = best[i + 1, room - (int)weights[i]];
                var taken = new[] { rest[0] + values[i], rest[1] + weights[i] };
                if (Better(taken, best[i, room])) best[i, room] = taken;
            }
        }
        return best;
    }

    public static List<long> ChooseCargo(List<long> weights, List<long> values, long capacity)
    {
        long[,][] best = SuffixTable(weights, values, (int)capacity);
        var chosen = new List<long>();
        int room = (int)capacity;
        for (int i = 0; i < weights.Count; i++)
        {
            if (weights[i] > room) continue;
            long[] rest = best[i + 1, room - (int)weights[i]];
            if (rest[0] + values[i] == best[i, room][0] && rest[1] + weights[i] == best[i, room][1])
            {
                chosen.Add(i);
                room -= (int)weights[i];
            }
        }
        return chosen;
    }
}
