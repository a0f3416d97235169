using System.Linq;

/// <summary>
/// Part of initials of a name.
/// </summary>
public static class Solution
{
    /// <summary>
    /// Build the initials of a name.
    /// </summary>
    /// <param name="name">the name (string) the description refers to as `name`</param>
    /// <returns>the result described above (string)</returns>
    public static string NameInitials(string name)
    {
        var parts = name.Replace('-', ' ').Split(' ').Where(part => part.Length > 0);
        return string.Concat(parts.Select(part => char.ToUpperInvariant(part[0]) + "."));
    }
}
