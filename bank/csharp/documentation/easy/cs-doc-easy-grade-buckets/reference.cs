using System;
using System.Collections.Generic;
using System.Linq;

/// <summary>
/// Part of grade buckets.
/// </summary>
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

    /// <summary>
    /// Count how many scores fall into each letter grade: "A" for 90 to 100, "B" for 80 to 89, "C" for 70 to 79, "D" for 60 to 69 and "F" for 0 to 59 (all bounds included).
    /// </summary>
    /// <param name="scores">the scores (list of int) the description refers to as `scores`</param>
    /// <returns>the result described above (map of int)</returns>
    public static Dictionary<string, long> GradeBuckets(List<long> scores)
    {
        var counts = Grades.ToDictionary(grade => grade, grade => 0L);
        foreach (long score in scores) counts[Grade(score)]++;
        return counts;
    }
}
