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
        Assert.Equal(Show(14L), Show(Solution.RunPostfix(new List<string> { "3", "4", "+", "2", "*" })));
    }

    [Fact]
    public void Case02()
    {
        Assert.Equal(Show(25L), Show(Solution.RunPostfix(new List<string> { "5", "dup", "*" })));
    }

    [Fact]
    public void Case03()
    {
        Assert.Equal(Show(5L), Show(Solution.RunPostfix(new List<string> { "2", "10", "swap", "/" })));
    }

    [Fact]
    public void Case04()
    {
        Assert.Equal(Show(-3L), Show(Solution.RunPostfix(new List<string> { "-7", "2", "/" })));
    }

    [Fact]
    public void Case05()
    {
        Assert.Equal(Show(-3L), Show(Solution.RunPostfix(new List<string> { "7", "-2", "/" })));
    }

    [Fact]
    public void Case06()
    {
        Assert.Equal(Show(42L), Show(Solution.RunPostfix(new List<string> { "42" })));
    }

    [Fact]
    public void Case07()
    {
        Assert.Equal(Show(1L), Show(Solution.RunPostfix(new List<string> { "1", "2", "drop" })));
    }

    [Fact]
    public void Case08()
    {
        Assert.Equal(Show(343L), Show(Solution.RunPostfix(new List<string> { "10", "3", "-", "dup", "dup", "*", "*" })));
    }

    [Fact]
    public void Case09()
    {
        Assert.Equal(Show(12L), Show(Solution.RunPostfix(new List<string> { "-3", "-4", "*" })));
    }

    [Fact]
    public void Case10()
    {
        Assert.Equal(Show(-5L), Show(Solution.RunPostfix(new List<string> { "0", "5", "-" })));
    }

    [Fact]
    public void Case11()
    {
        Assert.Equal(Show(1L), Show(Solution.RunPostfix(new List<string> { "1", "2", "3", "drop", "swap", "-" })));
    }

    [Fact]
    public void Case12()
    {
        Assert.Throws<ArgumentException>(() => { Solution.RunPostfix(new List<string> { "1", "+" }); });
    }

    [Fact]
    public void Case13()
    {
        Assert.Throws<ArgumentException>(() => { Solution.RunPostfix(new List<string> { "4", "0", "/" }); });
    }

    [Fact]
    public void Case14()
    {
        Assert.Throws<ArgumentException>(() => { Solution.RunPostfix(new List<string> { "1", "2" }); });
    }
}
