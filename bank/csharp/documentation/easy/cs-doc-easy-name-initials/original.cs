using System.Linq;

public static class Solution
{
    public static string NameInitials(string name)
    {
        var parts = name.Replace('-', ' ').Split(' ').Where(part => part.Length > 0);
        return string.Concat(parts.Select(part => char.ToUpperInvariant(part[0]) + "."));
    }
}
