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
        Assert.Equal(1.0, Solution.MeanAbsoluteDeviation(new List<long> { 1L, 2L, 3L, 4L }), 6);
    }

    [Fact]
    public void Case02()
    {
        Assert.Equal(1.5, Solution.MeanAbsoluteDeviation(new List<long> { 1L, 1L, 1L, 5L }), 6);
    }

    [Fact]
    public void Case03()
    {
        Assert.Equal(0.0, Solution.MeanAbsoluteDeviation(new List<long> { 5L }), 6);
    }

    [Fact]
    public void Case04()
    {
        Assert.Equal(0.0, Solution.MeanAbsoluteDeviation(new List<long> { 2L, 2L, 2L }), 6);
    }

    [Fact]
    public void Case05()
    {
        Assert.Equal(1.0, Solution.MeanAbsoluteDeviation(new List<long> { 1L, 3L }), 6);
    }

    [Fact]
    public void Case06()
    {
        Assert.Equal(5.0, Solution.MeanAbsoluteDeviation(new List<long> { 0L, 10L }), 6);
    }

    [Fact]
    public void Case07()
    {
        Assert.Equal(0.6666666667, Solution.MeanAbsoluteDeviation(new List<long> { 1L, 2L, 3L }), 6);
    }

    [Fact]
    public void Case08()
    {
        Assert.Equal(5.0, Solution.MeanAbsoluteDeviation(new List<long> { -5L, 5L }), 6);
    }

    [Fact]
    public void Case09()
    {
        Assert.Equal(12.0, Solution.MeanAbsoluteDeviation(new List<long> { 10L, 20L, 30L, 40L, 50L }), 6);
    }

    [Fact]
    public void Case10()
    {
        Assert.Equal(1.0, Solution.MeanAbsoluteDeviation(new List<long> { -3L, -1L }), 6);
    }

    [Fact]
    public void Case11()
    {
        Assert.Equal(3.375, Solution.MeanAbsoluteDeviation(new List<long> { 0L, 0L, 0L, 9L }), 6);
    }

    [Fact]
    public void Case12()
    {
        Assert.Throws<ArgumentException>(() => { Solution.MeanAbsoluteDeviation(new List<long>()); });
    }
}
