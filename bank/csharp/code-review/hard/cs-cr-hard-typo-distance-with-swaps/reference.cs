using System;
using System.Collections.Generic;
using System.Linq;

/// <summary>Weighted edit distance with adjacent swaps (optimal string alignment).</summary>
public static class Solution
{
    private static readonly string[] CostKeys = { "insert", "delete", "replace", "swap" };

    private static void Validate(Dictionary<string, long> costs)
    {
        if (costs.Count != CostKeys.Length || !CostKeys.All(costs.ContainsKey))
        {
            const string message = "costs must have exactly the keys insert, delete, replace, swap";
            throw new ArgumentException(message);
        }
        if (costs.Values.Any(value => value < 0))
        {
            throw new ArgumentException("costs must not be negative");
        }
    }

    private static long Cell(string source, string target, long[,] table, int i, int j,
        Dictionary<string, long> costs)
    {
        bool same = source[i - 1] == target[j - 1];
        long best = Math.Min(table[i - 1, j] + costs["delete"], table[i, j - 1] + costs["insert"]);
        best = Math.Min(best, table[i - 1, j - 1] + (same ? 0 : costs["replace"]));
        bool swappable = i > 1 && j > 1 && source[i - 1] == target[j - 2]
            && source[i - 2] == target[j - 1];
        return swappable ? Math.Min(best, table[i - 2, j - 2] + costs["swap"]) : best;
    }

    public static long TypoDistance(string source, string target, Dictionary<string, long> costs)
    {
        Validate(costs);
        var table = new long[source.Length + 1, target.Length + 1];
        for (int i = 1; i <= source.Length; i++) table[i, 0] = i * costs["delete"];
        for (int j = 1; j <= target.Length; j++) table[0, j] = j * costs["insert"];
        for (int i = 1; i <= source.Length; i++)
        {
            for (int j = 1; j <= target.Length; j++)
            {
                table[i, j] = Cell(source, target, table, i, j, costs);
            }
        }
        return table[source.Length, target.Length];
    }
}
