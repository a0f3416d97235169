using System;
using System.Collections.Generic;

public static class Solution
{
    private static readonly HashSet<string> Keywords = new HashSet<string> { "and", "or", "not",
        "true", "false" };

    private static bool WordChar(char c, bool first)
    {
        return c == '_' || (c < 128 && char.IsLetter(c)) || (!first && c >= '0' && c <= '9');
    }

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
            else if (c == '(' || c == ')')
            {
                tokens.Add(c.ToString());
                i++;
            }
            else if (WordChar(c, true))
            {
                int start = i;
                while (i < text.Length && WordChar(text[i], false)) i++;
                tokens.Add(text.Substring(start, i - start));
            }
            else
            {
                throw new ArgumentException("unexpected character '" + c + "'");
            }
        }
        return tokens;
    }

    private sealed class Parser
    {
        private readonly List<string> tokens;
        private readonly Dictionary<string, bool> variables;
        private int position;

        public Parser(List<string> tokens, Dictionary<string, bool> variables)
        {
            this.tokens = tokens;
            this.variables = variables;
        }

        public string Peek()
        {
            return position < tokens.Count ? tokens[position] : null;
        }

        private string Take()
        {
            string token = Peek();
            if (token == null) throw new ArgumentException("unexpected end of expression");
            position++;
            return token;
        }

        public bool Disjunction()
        {
            bool value = Conjunction();
            while (Peek() == "or")
            {
                Take();
                bool right = Conjunction();
                value = value || right;
            }
            return value;
        }

        private bool Conjunction()
        {
            bool value = Negation();
            while (Peek() == "and")
            {
                Take();
                bool right = Negation();
                value = value && right;
            }
            return value;
        }

        private bool Negation()
        {
            if (Peek() != "not") return Atom();
            Take();
            return !Negation();
        }

        private bool Atom()
        {
            string token = Take();
            if (token == "(")
            {
                bool inner = Disjunction();
                if (Take() != ")") throw new ArgumentException("expected ')'");
                return inner;
            }
            if (token == "true" || token == "false") return token == "true";
            if (Keywords.Contains(token) || token == ")")
            {
                throw new ArgumentException("unexpected token " + token);
            }
            bool value;
            if (!variables.TryGetValue(token, out value))
            {
                throw new ArgumentException("unknown variable " + token);
            }
            return value;
        }
    }

    public static bool EvaluateFilter(string expression, Dictionary<string, bool> variables)
    {
        var parser = new Parser(Tokenize(expression), variables);
        bool value = parser.Disjunction();
        if (parser.Peek() != null) throw new ArgumentException("unexpected token " + parser.Peek());
        return value;
    }
}
