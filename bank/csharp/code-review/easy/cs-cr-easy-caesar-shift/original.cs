using System.Linq;

/// <summary>Shifts the ASCII letters of a text around the alphabet, keeping their case.</summary>
public static class Solution
{
    private const int AlphabetSize = 26;

    private static char ShiftChar(char c, long shift)
    {
        char first;
        if (c >= 'a' && c <= 'z') first = 'a';
        else if (c >= 'A' && c <= 'Z') first = 'A';
        else return c;
        long offset = ((c - first + shift) % AlphabetSize - AlphabetSize) % AlphabetSize;
        return (char)(first + offset);
    }

    public static string CaesarShift(string text, long shift)
    {
        return new string(text.Select(c => ShiftChar(c, shift)).ToArray());
    }
}
