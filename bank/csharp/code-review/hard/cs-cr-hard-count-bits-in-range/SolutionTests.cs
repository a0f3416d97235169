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
        Assert.Equal(Show(3L), Show(Solution.CountWithBits(0L, 7L, 1L)));
    }

    [Fact]
    public void Case02()
    {
        Assert.Equal(Show(4L), Show(Solution.CountWithBits(5L, 10L, 2L)));
    }

    [Fact]
    public void Case03()
    {
        Assert.Equal(Show(1L), Show(Solution.CountWithBits(0L, 0L, 0L)));
    }

    [Fact]
    public void Case04()
    {
        Assert.Equal(Show(0L), Show(Solution.CountWithBits(1L, 1L, 0L)));
    }

    [Fact]
    public void Case05()
    {
        Assert.Equal(Show(1L), Show(Solution.CountWithBits(0L, 15L, 4L)));
    }

    [Fact]
    public void Case06()
    {
        Assert.Equal(Show(137846528820L), Show(Solution.CountWithBits(0L, 1099511627775L, 20L)));
    }

    [Fact]
    public void Case07()
    {
        Assert.Equal(Show(1L), Show(Solution.CountWithBits(3L, 3L, 2L)));
    }

    [Fact]
    public void Case08()
    {
        Assert.Equal(Show(1L), Show(Solution.CountWithBits(8L, 8L, 1L)));
    }

    [Fact]
    public void Case09()
    {
        Assert.Equal(Show(0L), Show(Solution.CountWithBits(0L, 100L, 10L)));
    }

    [Fact]
    public void Case10()
    {
        Assert.Equal(Show(129589292L), Show(Solution.CountWithBits(123456789L, 987654321L, 15L)));
    }

    [Fact]
    public void Case11()
    {
        Assert.Equal(Show(1L), Show(Solution.CountWithBits(2251799813685248L, 4503599627370495L, 1L)));
    }

    [Fact]
    public void Case12()
    {
        Assert.Equal(Show(950L), Show(Solution.CountWithBits(1000L, 5000L, 6L)));
    }

    [Fact]
    public void Case13()
    {
        Assert.Equal(Show(344867425583L), Show(Solution.CountWithBits(1073754169L, 35184372087833L, 30L)));
    }
}
