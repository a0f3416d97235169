using System.Linq;

/// <summary>
/// Part of snake case to camel case.
/// </summary>
public static class Solution
{
    /// <summary>
    /// Convert a snake_case name to camelCase.
    /// </summary>
    /// <param name="name">the name (string) the description refers to as `name`</param>
    /// <returns>the result described above (string)</returns>
    public static string SnakeToCamel(string name)
    {
        var pieces = name.Split('_').Where(piece => piece.Length > 0)
            .Select(piece => piece.ToLowerInvariant()).ToList();
        if (pieces.Count == 0) return "";
        var rest = pieces.Skip(1)
            .Select(piece => char.ToUpperInvariant(piece[0]) + piece.Substring(1));
        return pieces[0] + string.Concat(rest);
    }
}
