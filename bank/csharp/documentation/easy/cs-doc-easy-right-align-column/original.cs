using System.Collections.Generic;
using System.Linq;

public static class Solution
{
    public static List<string> RightAlign(List<string> lines)
    {
        int width = lines.Count == 0 ? 0 : lines.Max(line => line.Length);
        return lines.Select(line => line.PadLeft(width)).ToList();
    }
}
