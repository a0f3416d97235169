using System;
using System.Collections.Generic;

public static class Solution
{
    public static long FirstBadBracket(string text)
    {
        List<int> stack = new List<int>();
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '(' || text[i] == '[' || text[i] == '{')
            {
                stack.Add(i);
            }
            else
            {
                if (text[i] == ')')
                {
                    if (stack.Count == 0)
                    {
                        return i;
                    }
                    if (text[stack[stack.Count - 1]] != '(')
                    {
                        return i;
                    }
                    stack.RemoveAt(stack.Count - 1);
                }
                if (text[i] == ']')
                {
                    if (stack.Count == 0)
                    {
                        return i;
                    }
                    if (text[stack[stack.Count - 1]] != '[')
                    {
                        return i;
                    }
                    stack.RemoveAt(stack.Count - 1);
                }
                if (text[i] == '}')
                {
                    if (stack.Count == 0)
                    {
                        return i;
                    }
                    if (text[stack[stack.Count - 1]] != '{')
                    {
                        return i;
                    }
                    stack.RemoveAt(stack.Count - 1);
                }
            }
        }
        if (stack.Count > 0)
        {
            return stack[0];
        }
        return -1;
    }
}
