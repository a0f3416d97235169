using System;
using System.Collections.Generic;
using System.Linq;

public static class Solution
{
    private sealed class AlphabetComparer : IComparer<string>
    {
        private readonly Dictionary<char, int> rank;
        private readonly int outside;

        public AlphabetComparer(Dictionary<char, int> rank, int outside)
        {
            this.rank = rank;
            this.outside = outside;
        }

        private int Key(char c)
        {
            int position;
            return rank.TryGetValue(c, out position) ? position : outside + c;
        }

        public int Compare(string a, string b)
        {
            for (int i = 0; i < Math.Min(a.Length, b.Length); i++)
            {
                int order = Key(a[i]).CompareTo(Key(b[i]));
                if (order != 0) return order;
            }
            return a.Length.CompareTo(b.Length);
        }
    }

    public static List<string> SortByAlphabet(List<string> words, string alphabet)
    {
        var rank = new Dictionary<char, int>();
        for (int i = 0; i < alphabet.Length; i++)
        {
            if (rank.ContainsKey(alphabet[i]))
            {
                throw new ArgumentException("alphabet has a repeated character");
            }
            rank[alphabet[i]] = i;
        }
        return words.OrderBy(word => word, new AlphabetComparer(rank, alphabet.Length)).ToList();
    }
}
