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
        Assert.Equal(Show("1h 1m 1s"), Show(Solution.CompactDuration(3661L)));
    }

    [Fact]
    public void Case02()
    {
        Assert.Equal(Show("1d 1h 1m 1s"), Show(Solution.CompactDuration(90061L)));
    }

    [Fact]
    public void Case03()
    {
        Assert.Equal(Show("0s"), Show(Solution.CompactDuration(0L)));
    }

    [Fact]
    public void Case04()
    {
        Assert.Equal(Show("59s"), Show(Solution.CompactDuration(59L)));
    }

    [Fact]
    public void Case05()
    {
        Assert.Equal(Show("1m"), Show(Solution.CompactDuration(60L)));
    }

    [Fact]
    public void Case06()
    {
        Assert.Equal(Show("1h"), Show(Solution.CompactDuration(3600L)));
    }

    [Fact]
    public void Case07()
    {
        Assert.Equal(Show("1d"), Show(Solution.CompactDuration(86400L)));
    }

    [Fact]
    public void Case08()
    {
        Assert.Equal(Show("1d 1s"), Show(Solution.CompactDuration(86401L)));
    }

    [Fact]
    public void Case09()
    {
        Assert.Equal(Show("2h 5m"), Show(Solution.CompactDuration(7500L)));
    }

    [Fact]
    public void Case10()
    {
        Assert.Equal(Show("11d 13h 46m 40s"), Show(Solution.CompactDuration(1000000L)));
    }

    [Fact]
    public void Case11()
    {
        Assert.Equal(Show("59m 59s"), Show(Solution.CompactDuration(3599L)));
    }

    [Fact]
    public void Case12()
    {
        Assert.Equal(Show("2d 59s"), Show(Solution.CompactDuration(172859L)));
    }

    [Fact]
    public void Case13()
    {
        Assert.Throws<ArgumentException>(() => { Solution.CompactDuration(-1L); });
    }

    [Fact]
    public void Case14()
    {
        Assert.Throws<ArgumentException>(() => { Solution.CompactDuration(-3600L); });
    }
}
