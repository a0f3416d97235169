using System.Collections.Generic;
using System.Linq;

public static class Solution
{
    public static string ExpandPattern(string pattern)
    {
        var groups = new Stack<List<string>>();
        groups.Push(new List<string>());
        int position = 0;
        while (position < pattern.Length)
        {
            char c = pattern[position++];
            List<string> top = groups.Peek();
            if (c == '(')
            {
                groups.Push(new List<string>());
            }
            else if (c == ')')
            {
                string content = string.Concat(groups.Pop());
                groups.Peek().Add(content);
            }
            else if (c == '*')
            {
                int start = position;
                while (position < pattern.Length && char.IsDigit(pattern[position])) position++;
                int count = int.Parse(pattern.Substring(start, position - start));
                top[top.Count - 1] = string.Concat(Enumerable.Repeat(top[top.Count - 1], count));
            }
            else
            {
                top.Add(c.ToString());
            }
        }
        return string.Concat(groups.Peek());
    }
}
