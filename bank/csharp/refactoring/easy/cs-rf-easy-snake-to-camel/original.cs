using System;

public static class Solution
{
    public static string SnakeToCamel(string name)
    {
        string[] parts = name.Split('_');
        string result = "";
        bool first = true;
        for (int i = 0; i < parts.Length; i++)
        {
            if (parts[i] != "")
            {
                string p = parts[i].ToLower();
                if (first)
                {
                    result = result + p;
                    first = false;
                }
                else
                {
                    result = result + p.Substring(0, 1).ToUpper() + p.Substring(1);
                }
            }
        }
        return result;
    }
}
