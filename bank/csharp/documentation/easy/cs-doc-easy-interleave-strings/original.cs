using System;
using System.Text;

public static class Solution
{
    public static string InterleaveStrings(string first, string second)
    {
        var result = new StringBuilder(first.Length + second.Length);
        int common = Math.Min(first.Length, second.Length);
        for (int i = 0; i < common; i++)
        {
            result.Append(first[i]).Append(second[i]);
        }
        result.Append(first, common, first.Length - common);
        result.Append(second, common, second.Length - common);
        return result.ToString();
    }
}
