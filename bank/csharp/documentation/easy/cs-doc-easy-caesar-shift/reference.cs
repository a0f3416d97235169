using System.Linq;

/// <summary>
/// Part of shift letters around the alphabet.
/// </summary>
public static class Solution
{
    private const int AlphabetSize = 26;

    private static char ShiftChar(char c, long shift)
    {
        char first;
        if (c >= 'a' && c <= 'z') first = 'a';
        else if (c >= 'A' && c <= 'Z') first = 'A';
        else return c;
        long offset = ((c - first + shift) % AlphabetSize + AlphabetSize) % AlphabetSize;
        return (char)(first + offset);
    }

    /// <summary>
    /// Move every ASCII letter of the text `shift` places forward in the alphabet, wrapping around from "z" back to "a" (and from "Z" back to "A").
    /// </summary>
    /// <param name="text">the text (string) the description refers to as `text`</param>
    /// <param name="shift">the shift (int) the description refers to as `shift`</param>
    /// <returns>the result described above (string)</returns>
    public static string CaesarShift(string text, long shift)
    {
        return new string(text.Select(c => ShiftChar(c, shift)).ToArray());
    }
}
