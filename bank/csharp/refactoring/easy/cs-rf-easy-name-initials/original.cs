using System;

public static class Solution
{
    public static string NameInitials(string name)
    {
        string result = "";
        bool start = true;
        for (int i = 0; i < name.Length; i++)
        {
            if (name[i] == ' ' || name[i] == '-')
            {
                start = true;
            }
            else
            {
                if (start == true)
                {
                    result = result + name[i].ToString().ToUpper() + ".";
                    start = false;
                }
            }
        }
        return result;
    }
}
