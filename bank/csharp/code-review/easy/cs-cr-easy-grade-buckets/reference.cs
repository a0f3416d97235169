using System;
using System.Collections.Generic;
using System.Linq;

/// <summary>Counts scores per letter grade.</summary>
public static class Solution
{
    // The lowest score of each grade, best grade first.
    private static readonly string[] Grades = { "A", "B", "C", "D", "F" };
    private static readonly long[] Lowest = { 90, 80, 70, 60, 0 };

    private static string Grade(long score)
    {
        if (score < 0 || score > 100)
        {
            throw new ArgumentException("score " + score + " is outside 0..100");
        }
        int index = Array.FindIndex(Lowest, lowest => score >= lowest);
        return Grades[index];
    }

    public static Dictionary<string, long> GradeBuckets(List<long> scores)
    {
        var counts = Grades.ToDictionary(grade => grade, grade => 0L);
        foreach (long score in scores) counts[Grade(score)]++;
        return counts;
    }
}
