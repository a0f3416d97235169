using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

/// <summary>
/// Part of labels from custom divisors.
/// </summary>
public static class Solution
{
    private static void Validate(long n, List<long> divisors, List<string> labels)
    {
        if (n < 0) throw new ArgumentException("n must not be negative");
        if (divisors.Count != labels.Count)
        {
            throw new ArgumentException("divisors and labels must have the same length");
        }
        if (divisors.Any(divisor => divisor < 1))
        {
            throw new ArgumentException("every divisor must be at least 1");
        }
    }

    private static string Label(long number, List<long> divisors, List<string> labels)
    {
        var label = new StringBuilder();
        for (int i = 0; i < divisors.Count; i++)
        {
            if (number % divisors[i] == 0) label.Append(labels[i]);
        }
        return label.Length > 0 ? label.ToString() : number.ToString();
    }

    /// <summary>
    /// Label the numbers 1 to n.
    /// </summary>
    /// <param name="n">the n (int) the description refers to as `n`</param>
    /// <param name="divisors">the divisors (list of int) the description refers to as `divisors`</param>
    /// <param name="labels">the labels (list of string) the description refers to as `labels`</param>
    /// <returns>the result described above (list of string)</returns>
    public static List<string> CustomFizzLabels(long n, List<long> divisors, List<string> labels)
    {
        Validate(n, divisors, labels);
        var result = new List<string>();
        for (long number = 1; number <= n; number++)
        {
            result.Add(Label(number, divisors, labels));
        }
        return result;
    }
}
