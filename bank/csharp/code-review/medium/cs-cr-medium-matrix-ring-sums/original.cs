using System;
using System.Collections.Generic;
using System.Linq;

/// <summary>Sums each concentric ring of a rectangular matrix, outermost first.</summary>
public static class Solution
{
    public static List<long> RingSums(List<List<long>> grid)
    {
        int rows = grid.Count;
        int cols = rows == 0 ? 0 : grid[0].Count;
        if (rows == 0 || cols == 0) return new List<long>();
        var sums = Enumerable.Repeat(0L, (Math.Min(rows, cols) + 1) / 2).ToList();
        for (int r = 0; r < rows; r++)
        {
            for (int c = 1; c < cols; c++)
            {
                sums[Math.Min(Math.Min(r, c), Math.Min(rows - 1 - r, cols - 1 - c))] += grid[r][c];
            }
        }
        return sums;
    }
}
