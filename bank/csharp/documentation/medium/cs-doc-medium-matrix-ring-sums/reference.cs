using System;
using System.Collections.Generic;
using System.Linq;

/// <summary>
/// Part of sums of matrix rings.
/// </summary>
public static class Solution
{
    /// <summary>
    /// The grid is a rectangular matrix of integers (every row has the same length).
    /// </summary>
    /// <param name="grid">the grid (list of list of int) the description refers to as `grid`</param>
    /// <returns>the result described above (list of int)</returns>
    public static List<long> RingSums(List<List<long>> grid)
    {
        int rows = grid.Count;
        int cols = rows == 0 ? 0 : grid[0].Count;
        if (rows == 0 || cols == 0) return new List<long>();
        var sums = Enumerable.Repeat(0L, (Math.Min(rows, cols) + 1) / 2).ToList();
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < cols; c++)
            {
                sums[Math.Min(Math.Min(r, c), Math.Min(rows - 1 - r, cols - 1 - c))] += grid[r][c];
            }
        }
        return sums;
    }
}
