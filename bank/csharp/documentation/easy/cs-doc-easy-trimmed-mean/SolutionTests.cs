using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Xunit;

public class SolutionTests
{
    private static string Show(object value)
    {
        if (value == null) return "null";
        if (value is string text) return "\"" + text + "\"";
        if (value is bool flag) return flag ? "true" : "false";
        if (value is double number) return number.ToString("R", CultureInfo.InvariantCulture);
        if (value is IDictionary dictionary)
        {
            var keys = dictionary.Keys.Cast<object>().Select(key => key.ToString()).OrderBy(key => key, StringComparer.Ordinal);
            return "{" + string.Join(", ", keys.Select(key => "\"" + key + "\": " + Show(dictionary[key]))) + "}";
        }
        if (value is IEnumerable items) return "[" + string.Join(", ", items.Cast<object>().Select(Show)) + "]";
        return Convert.ToString(value, CultureInfo.InvariantCulture);
    }

    [Fact]
    public void Case01()
    {
        Assert.Equal(2.5, Solution.TrimmedMean(new List<double> { 1.0, 2.0, 3.0, 4.0 }), 6);
    }

    [Fact]
    public void Case02()
    {
        Assert.Equal(5.0, Solution.TrimmedMean(new List<double> { 5.0, 1.0, 9.0 }), 6);
    }

    [Fact]
    public void Case03()
    {
        Assert.Equal(2.0, Solution.TrimmedMean(new List<double> { 2.0, 2.0, 2.0 }), 6);
    }

    [Fact]
    public void Case04()
    {
        Assert.Equal(5.5, Solution.TrimmedMean(new List<double> { 1.0, 1.0, 10.0, 10.0 }), 6);
    }

    [Fact]
    public void Case05()
    {
        Assert.Equal(1.75, Solution.TrimmedMean(new List<double> { -3.5, 0.0, 3.5, 100.0 }), 6);
    }

    [Fact]
    public void Case06()
    {
        Assert.Equal(0.25, Solution.TrimmedMean(new List<double> { 0.1, 0.2, 0.3, 0.4 }), 6);
    }

    [Fact]
    public void Case07()
    {
        Assert.Equal(5.0, Solution.TrimmedMean(new List<double> { 7.0, 3.0, 5.0, 1.0, 9.0 }), 6);
    }

    [Fact]
    public void Case08()
    {
        Assert.Equal(-2.0, Solution.TrimmedMean(new List<double> { -1.0, -2.0, -3.0 }), 6);
    }

    [Fact]
    public void Case09()
    {
        Assert.Equal(2.5, Solution.TrimmedMean(new List<double> { 1000000.0, 1.0, 2.0, 3.0 }), 6);
    }

    [Fact]
    public void Case10()
    {
        Assert.Equal(2.1666666667, Solution.TrimmedMean(new List<double> { 1.5, 2.5, 2.5, 100.0, -100.0 }), 6);
    }

    [Fact]
    public void Case11()
    {
        Assert.Throws<ArgumentException>(() => { Solution.TrimmedMean(new List<double>()); });
    }

    [Fact]
    public void Case12()
    {
        Assert.Throws<ArgumentException>(() => { Solution.TrimmedMean(new List<double> { 1.0, 2.0 }); });
    }
}
