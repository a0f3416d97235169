using System.Text;

public static class Solution
{
    private static bool IsAsciiLetter(char c)
    {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    public static string AlternatingCaps(string text)
    {
        var result = new StringBuilder(text.Length);
        bool upperNext = true;
        foreach (char c in text)
        {
            if (!IsAsciiLetter(c))
            {
                result.Append(c);
                continue;
            }
            result.Append(upperNext ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
            upperNext = !upperNext;
        }
        return result.ToString();
    }
}
