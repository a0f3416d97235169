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
        Assert.Equal(50.0, Solution.PercentChange(50.0, 75.0), 6);
    }

    [Fact]
    public void Case02()
    {
        Assert.Equal(-25.0, Solution.PercentChange(200.0, 150.0), 6);
    }

    [Fact]
    public void Case03()
    {
        Assert.Equal(0.0, Solution.PercentChange(10.0, 10.0), 6);
    }

    [Fact]
    public void Case04()
    {
        Assert.Equal(-100.0, Solution.PercentChange(1.0, 0.0), 6);
    }

    [Fact]
    public void Case05()
    {
        Assert.Equal(33.3333333333, Solution.PercentChange(3.0, 4.0), 6);
    }

    [Fact]
    public void Case06()
    {
        Assert.Equal(50.0, Solution.PercentChange(-10.0, -5.0), 6);
    }

    [Fact]
    public void Case07()
    {
        Assert.Equal(-100.0, Solution.PercentChange(-10.0, -20.0), 6);
    }

    [Fact]
    public void Case08()
    {
        Assert.Equal(200.0, Solution.PercentChange(0.5, 1.5), 6);
    }

    [Fact]
    public void Case09()
    {
        Assert.Equal(-37.5, Solution.PercentChange(4.0, 2.5), 6);
    }

    [Fact]
    public void Case10()
    {
        Assert.Equal(900.0, Solution.PercentChange(100.0, 1000.0), 6);
    }

    [Fact]
    public void Case11()
    {
        Assert.Equal(150.0, Solution.PercentChange(-4.0, 2.0), 6);
    }

    [Fact]
    public void Case12()
    {
        Assert.Throws<ArgumentException>(() => { Solution.PercentChange(0.0, 5.0); });
    }

    [Fact]
    public void Case13()
    {
        Assert.Throws<ArgumentException>(() => { Solution.PercentChange(0.0, 0.0); });
    }
}
