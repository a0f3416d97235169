using System.Collections.Generic;
using System.Linq;

/// <summary>
/// Sizes of the 4-connected regions of '#' cells in a character grid, largest first.
/// </summary>
public static class Solution
{
    private static readonly int[][] Steps = { new[] { 1, 0 }, new[] { -1, 0 }, new[] { 0, 1 },
        new[] { 0, -1 } };

    private static bool Filled(List<string> grid, int row, int col)
    {
        return row >= 0 && row < grid.Count && col >= 0 && col < grid[row].Length
            && grid[row][col] == '#';
    }

    /// <summary>Marks the region holding (row, col) as seen and returns its size.</summary>
    private static long Flood(List<string> grid, int row, int col, HashSet<long> seen)
    {
        var queue = new Queue<int[]>();
        seen.Add(row * 100000L + col);
        queue.Enqueue(new[] { row, col });
        long size = 0;
        while (queue.Count > 0)
        {
            int[] cell = queue.Dequeue();
            size++;
            foreach (int[] step in Steps)
            {
                int r = cell[0] + step[0], c = cell[1] + step[1];
                if (Filled(grid, r, c) && seen.Add(r * 100000L + c)) queue.Enqueue(new[] { r, c });
            }
        }
        return size;
    }

    public static List<long> RegionSizes(List<string> grid)
    {
        var seen = new HashSet<long>();
        var sizes = new List<long>();
        for (int row = 0; row < grid.Count; row++)
        {
            for (int col = 0; col < grid[row].Length; col++)
            {
                if (Filled(grid, row, col) && !seen.Contains(row * 100000L + col))
                {
                    sizes.Add(Flood(grid, row, col, seen));
                }
            }
        }
        return sizes.OrderByDescending(size => size).ToList();
    }
}
