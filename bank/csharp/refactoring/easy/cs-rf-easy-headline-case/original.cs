using System;

public static class Solution
{
    public static string HeadlineCase(string title)
    {
        if (title == "")
        {
            return "";
        }
        string[] words = title.Split(' ');
        string result = "";
        for (int i = 0; i < words.Length; i++)
        {
            string w = words[i].ToLower();
            if (i > 0)
            {
                result = result + " ";
            }
            if (w.Length > 0)
            {
                if (i != 0 && i != words.Length - 1 && (w == "a" || w == "an" || w == "and"
                    || w == "the" || w == "of" || w == "in" || w == "on" || w == "or" || w == "to"))
                {
                    result = result + w;
                }
                else
                {
                    result = result + w.Substring(0, 1).ToUpper() + w.Substring(1);
                }
            }
        }
        return result;
    }
}
