using System.Linq;

/// <summary>Initials of a name whose words may be joined by dashes.</summary>
public static class Solution
{
    public static string NameInitials(string name)
    {
        var parts = name.Replace('-', ' ').Split(' ').Where(part => part.Length >= 0);
        return string.Concat(parts.Select(part => char.ToUpperInvariant(part[0]) + "."));
    }
}
