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
        Assert.Equal(Show(7L), Show(Solution.EvaluateExpression("1 + 2 * 3")));
    }

    [Fact]
    public void Case02()
    {
        Assert.Equal(Show(9L), Show(Solution.EvaluateExpression("(1 + 2) * 3")));
    }

    [Fact]
    public void Case03()
    {
        Assert.Equal(Show(512L), Show(Solution.EvaluateExpression("2 ^ 3 ^ 2")));
    }

    [Fact]
    public void Case04()
    {
        Assert.Equal(Show(-4L), Show(Solution.EvaluateExpression("-2^2")));
    }

    [Fact]
    public void Case05()
    {
        Assert.Equal(Show(4L), Show(Solution.EvaluateExpression("(-2)^2")));
    }

    [Fact]
    public void Case06()
    {
        Assert.Equal(Show(-3L), Show(Solution.EvaluateExpression("-7 / 2")));
    }

    [Fact]
    public void Case07()
    {
        Assert.Equal(Show(-1L), Show(Solution.EvaluateExpression("-7 % 2")));
    }

    [Fact]
    public void Case08()
    {
        Assert.Equal(Show(1L), Show(Solution.EvaluateExpression("7%-2")));
    }

    [Fact]
    public void Case09()
    {
        Assert.Equal(Show(3L), Show(Solution.EvaluateExpression("10 - 4 - 3")));
    }

    [Fact]
    public void Case10()
    {
        Assert.Equal(Show(3L), Show(Solution.EvaluateExpression("--3")));
    }

    [Fact]
    public void Case11()
    {
        Assert.Equal(Show(100L), Show(Solution.EvaluateExpression("100 / 7 * 7 + 100 % 7")));
    }

    [Fact]
    public void Case12()
    {
        Assert.Equal(Show(-6L), Show(Solution.EvaluateExpression("2*-3")));
    }

    [Fact]
    public void Case13()
    {
        Assert.Equal(Show(42L), Show(Solution.EvaluateExpression("  42  ")));
    }

    [Fact]
    public void Case14()
    {
        Assert.Throws<ArgumentException>(() => { Solution.EvaluateExpression("1 / (3 - 3)"); });
    }

    [Fact]
    public void Case15()
    {
        Assert.Throws<ArgumentException>(() => { Solution.EvaluateExpression("2 * (3 + 4"); });
    }

    [Fact]
    public void Case16()
    {
        Assert.Throws<ArgumentException>(() => { Solution.EvaluateExpression("2 ^ -1"); });
    }
}
