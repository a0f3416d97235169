using System.Collections.Generic;
using System.Linq;

/// <summary>Pads strings on the left so that they line up on the right.</summary>
public static class Solution
{
    public static List<string> RightAlign(List<string> lines)
    {
        int width = lines.Count == 0 ? 0 : lines.Max(line => line.Length);
        return lines.Select(line => line.PadLeft(width)).ToList();
    }
}
