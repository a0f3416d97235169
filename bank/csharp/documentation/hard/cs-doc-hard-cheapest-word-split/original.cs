using System;
using System.Collections.Generic;
using System.Linq;

public static class Solution
{
    private sealed class Plan
    {
        public long Cost;
        public List<string> Pieces;

        public bool BetterThan(Plan other)
        {
            if (other == null) return true;
            if (Cost != other.Cost) return Cost < other.Cost;
            if (Pieces.Count != other.Pieces.Count) return Pieces.Count < other.Pieces.Count;
            for (int i = 0; i < Pieces.Count; i++)
            {
                int order = string.CompareOrdinal(Pieces[i], other.Pieces[i]);
                if (order != 0) return order < 0;
            }
            return false;
        }
    }

    public static List<string> CheapestSplit(string text, Dictionary<string, long> dictionary)
    {
        var plans = new Plan[text.Length + 1];
        plans[text.Length] = new Plan { Cost = 0, Pieces = new List<string>() };
        for (int start = text.Length - 1; start >= 0; start--)
        {
            for (int end = start + 1; end <= text.Length; end++)
            {
                string piece = text.Substring(start, end - start);
                long cost;
                if (!dictionary.TryGetValue(piece, out cost) || plans[end] == null) continue;
                var pieces = new List<string> { piece };
                pieces.AddRange(plans[end].Pieces);
                var candidate = new Plan { Cost = cost + plans[end].Cost, Pieces = pieces };
                if (candidate.BetterThan(plans[start])) plans[start] = candidate;
            }
        }
        if (plans[0] == null)
        {
            throw new ArgumentException("the text cannot be split into dictionary words");
        }
        return plans[0].Pieces.ToList();
    }
}
