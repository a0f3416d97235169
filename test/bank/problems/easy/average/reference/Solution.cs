using System;
using System.Collections.Generic;
using System.Linq;

public static class Solution
{
    public static double Average(List<double> values)
    {
        if (values.Count == 0) throw new ArgumentException("no values");
        return values.Average();
    }
}
