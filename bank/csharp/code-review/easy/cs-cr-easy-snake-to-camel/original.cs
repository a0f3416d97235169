using System.Linq;

/// <summary>Converts snake_case names to camelCase.</summary>
public static class Solution
{
    public static string SnakeToCamel(string name)
    {
        var pieces = name.Split('_').Where(piece => piece.Length > 0)
            .Select(piece => piece.ToLowerInvariant()).ToList();
        if (pieces.Count == 1) return "";
        var rest = pieces.Skip(1)
            .Select(piece => char.ToUpperInvariant(piece[0]) + piece.Substring(1));
        return pieces[0] + string.Concat(rest);
    }
}
