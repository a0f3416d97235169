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
        Assert.Equal(Show(5400L), Show(Solution.DurationToSeconds("1h30m")));
    }

    [Fact]
    public void Case02()
    {
        Assert.Equal(Show(45L), Show(Solution.DurationToSeconds("45s")));
    }

    [Fact]
    public void Case03()
    {
        Assert.Equal(Show(172800L), Show(Solution.DurationToSeconds("2d")));
    }

    [Fact]
    public void Case04()
    {
        Assert.Equal(Show(93784L), Show(Solution.DurationToSeconds("1d2h3m4s")));
    }

    [Fact]
    public void Case05()
    {
        Assert.Equal(Show(5400L), Show(Solution.DurationToSeconds("90m")));
    }

    [Fact]
    public void Case06()
    {
        Assert.Equal(Show(0L), Show(Solution.DurationToSeconds("0s")));
    }

    [Fact]
    public void Case07()
    {
        Assert.Equal(Show(420L), Show(Solution.DurationToSeconds("007m")));
    }

    [Fact]
    public void Case08()
    {
        Assert.Equal(Show(3601L), Show(Solution.DurationToSeconds("1h1s")));
    }

    [Fact]
    public void Case09()
    {
        Assert.Equal(Show(36000L), Show(Solution.DurationToSeconds("10h0m")));
    }

    [Fact]
    public void Case10()
    {
        Assert.Equal(Show(100L), Show(Solution.DurationToSeconds("100s")));
    }

    [Fact]
    public void Case11()
    {
        Assert.Equal(Show(259259L), Show(Solution.DurationToSeconds("3d59s")));
    }

    [Fact]
    public void Case12()
    {
        Assert.Throws<ArgumentException>(() => { Solution.DurationToSeconds("30m1h"); });
    }

    [Fact]
    public void Case13()
    {
        Assert.Throws<ArgumentException>(() => { Solution.DurationToSeconds("1h30"); });
    }

    [Fact]
    public void Case14()
    {
        Assert.Throws<ArgumentException>(() => { Solution.DurationToSeconds("1h 30m"); });
    }
}
