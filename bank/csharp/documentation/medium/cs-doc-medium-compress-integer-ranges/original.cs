using System.Collections.Generic;
using System.Linq;

public static class Solution
{
    private const int MinRangeLength = 3;

    private static IEnumerable<string> FormatRun(List<long> run)
    {
        if (run.Count >= MinRangeLength) return new[] { run[0] + ".." + run[run.Count - 1] };
        return run.Select(value => value.ToString());
    }

    public static string CompressRanges(List<long> values)
    {
        var runs = new List<List<long>>();
        foreach (long value in values.Distinct().OrderBy(value => value))
        {
            if (runs.Count > 0 && runs[runs.Count - 1].Last() == value - 1)
            {
                runs[runs.Count - 1].Add(value);
            }
            else runs.Add(new List<long> { value });
        }
        return string.Join(",", runs.SelectMany(FormatRun));
    }
}
