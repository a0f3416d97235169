using System;

public static class Solution
{
    public static string InterleaveStrings(string first, string second)
    {
        string result = "";
        int n = first.Length;
        if (second.Length > n)
        {
            n = second.Length;
        }
        for (int i = 0; i < n; i++)
        {
            if (i < first.Length)
            {
                result = result + first[i];
            }
            if (i < second.Length)
            {
                result = result + second[i];
            }
        }
        return result;
    }
}
