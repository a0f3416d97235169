/// <summary>
/// Part of longest word.
/// </summary>
public static class Solution
{
    /// <summary>
    /// Return the longest word of the text.
    /// </summary>
    /// <param name="text">the text (string) the description refers to as `text`</param>
    /// <returns>the result described above (string)</returns>
    public static string LongestWord(string text)
    {
        string best = "";
        foreach (string word in text.Split(' '))
        {
            if (word.Length > best.Length) best = word;
        }
        return best;
    }
}
