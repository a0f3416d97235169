using System.Collections.Generic;
using System.Linq;

/// <summary>
/// Part of right-align a column.
/// </summary>
public static class Solution
{
    /// <summary>
    /// Right-align a column of strings: pad every string on the left with spaces until it is as long as the longest string of the list, and return the padded strings in the original order.
    /// </summary>
    /// <param name="lines">the lines (list of string) the description refers to as `lines`</param>
    /// <returns>the result described above (list of string)</returns>
    public static List<string> RightAlign(List<string> lines)
    {
        int width = lines.Count == 0 ? 0 : lines.Max(line => line.Length);
        return lines.Select(line => line.PadLeft(width)).ToList();
    }
}
