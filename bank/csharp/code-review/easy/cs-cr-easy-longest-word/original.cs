/// <summary>The first longest space-separated word of a text.</summary>
public static class Solution
{
    public static string LongestWord(string text)
    {
        string best = "";
        foreach (string word in text.Split(' '))
        {
            if (word.Length >= best.Length) best = word;
        }
        return best;
    }
}
