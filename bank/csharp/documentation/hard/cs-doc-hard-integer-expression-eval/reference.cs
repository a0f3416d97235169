using System;
using System.Collections.Generic;

/// <summary>
/// Part of integer expression evaluator.
/// </summary>
public static class Solution
{
    private const string Operators = "+-*/%^()";

    private static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c >= '0' && c <= '9')
            {
                int start = i;
                while (i < text.Length && text[i] >= '0' && text[i] <= '9') i++;
                tokens.Add(text.Substring(start, i - start));
            }
            else if (Operators.IndexOf(c) >= 0)
            {
                tokens.Add(c.ToString());
                i++;
            }
            else
            {
                throw new ArgumentException("unexpected character '" + c + "'");
            }
        }
        return tokens;
    }

    private static long Apply(string op, long left, long right)
    {
        switch (op)
        {
            case "+": return left + right;
            case "-": return left - right;
            case "*": return left * right;
        }
        if (right == 0) throw new ArgumentException("division by zero");
        return op == "/" ? left / right : left % right; // both truncate toward zero
    }

    private sealed class Parser
    {
        private readonly List<string> tokens;
        private int position;

        public Parser(List<string> tokens)
        {
            this.tokens = tokens;
        }

        public string Peek()
        {
            return position < tokens.Count ? tokens[position] : "";
        }

        private string Take()
        {
            if (position >= tokens.Count)
            {
                throw new ArgumentException("unexpected end of expression");
            }
            return tokens[position++];
        }

        public long Expression()
        {
            long value = Term();
            while (Peek() == "+" || Peek() == "-")
            {
                string op = Take();
                value = Apply(op, value, Term());
            }
            return value;
        }

        private long Term()
        {
            long value = Unary();
            while (Peek() == "*" || Peek() == "/" || Peek() == "%")
            {
                string op = Take();
                value = Apply(op, value, Unary());
            }
            return value;
        }

        private long Unary()
        {
            if (Peek() != "-") return Power();
            Take();
            return -Unary();
        }

        private long Power()
        {
            long baseValue = Atom();
            if (Peek() != "^") return baseValue;
            Take();
            long exponent = Unary();
            if (exponent < 0) throw new ArgumentException("negative exponent");
            long result = 1;
            for (long i = 0; i < exponent; i++) result *= baseValue;
            return result;
        }

        private long Atom()
        {
            string token = Take();
            if (char.IsDigit(token[0])) return long.Parse(token);
            if (token != "(") throw new ArgumentException("unexpected token " + token);
            long value = Expression();
            if (Take() != ")") throw new ArgumentException("expected ')'");
            return value;
        }
    }

    /// <summary>
    /// Evaluate an integer arithmetic expression.
    /// </summary>
    /// <param name="expression">the expression (string) the description refers to as `expression`</param>
    /// <returns>the result described above (int)</returns>
    /// <exception cref="ArgumentException">when the expression is malformed (empty, unknown character, missing operand, unbalanced parenthesis, leftover tokens), divides or takes a remainder by zero, or raises to a negative exponent</exception>
    public static long EvaluateExpression(string expression)
    {
        var parser = new Parser(Tokenize(expression));
        long value = parser.Expression();
        if (parser.Peek().Length > 0)
        {
            throw new ArgumentException("unexpected token " + parser.Peek());
        }
        return value;
    }
}
