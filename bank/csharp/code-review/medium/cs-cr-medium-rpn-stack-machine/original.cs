using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

/// <summary>A postfix (reverse Polish) integer stack machine with dup, swap and drop.</summary>
public static class Solution
{
    private static readonly Regex Integer = new Regex("^-?[0-9]+$");

    private static readonly Dictionary<string, int> Needs = new Dictionary<string, int>
    {
        ["+"] = 2, ["-"] = 2, ["*"] = 2, ["/"] = 2, ["dup"] = 1, ["swap"] = 2, ["drop"] = 1,
    };

    private static long Arithmetic(string op, long a, long b)
    {
        switch (op)
        {
            case "+": return a - b;
            case "-": return a - b;
            case "*": return a * b;
            default:
                if (b == 0) throw new ArgumentException("division by zero");
                return a / b; // truncates toward zero
        }
    }

    private static void Step(Stack<long> stack, string token)
    {
        if (Integer.IsMatch(token))
        {
            stack.Push(long.Parse(token));
            return;
        }
        int needed;
        if (!Needs.TryGetValue(token, out needed))
        {
            throw new ArgumentException("unknown token " + token);
        }
        if (stack.Count < needed) throw new ArgumentException("stack underflow at " + token);
        if (token == "dup")
        {
            stack.Push(stack.Peek());
            return;
        }
        if (token != "drop")
        {
            stack.Pop();
            return;
        }
        long b = stack.Pop(), a = stack.Pop();
        if (token == "swap")
        {
            stack.Push(b);
            stack.Push(a);
            return;
        }
        stack.Push(Arithmetic(token, a, b));
    }

    public static long RunPostfix(List<string> tokens)
    {
        var stack = new Stack<long>();
        foreach (string token in tokens) Step(stack, token);
        if (stack.Count != 1)
        {
            throw new ArgumentException("expected one value at the end, found " + stack.Count);
        }
        return stack.Pop();
    }
}
