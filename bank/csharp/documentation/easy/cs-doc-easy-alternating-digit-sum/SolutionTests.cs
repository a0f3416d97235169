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
        Assert.Equal(Show(-2L), Show(Solution.AlternatingDigitSum(1234L)));
    }

    [Fact]
    public void Case02()
    {
        Assert.Equal(Show(18L), Show(Solution.AlternatingDigitSum(909L)));
    }

    [Fact]
    public void Case03()
    {
        Assert.Equal(Show(0L), Show(Solution.AlternatingDigitSum(0L)));
    }

    [Fact]
    public void Case04()
    {
        Assert.Equal(Show(5L), Show(Solution.AlternatingDigitSum(5L)));
    }

    [Fact]
    public void Case05()
    {
        Assert.Equal(Show(1L), Show(Solution.AlternatingDigitSum(10L)));
    }

    [Fact]
    public void Case06()
    {
        Assert.Equal(Show(8L), Show(Solution.AlternatingDigitSum(91L)));
    }

    [Fact]
    public void Case07()
    {
        Assert.Equal(Show(0L), Show(Solution.AlternatingDigitSum(-132L)));
    }

    [Fact]
    public void Case08()
    {
        Assert.Equal(Show(1L), Show(Solution.AlternatingDigitSum(1000000L)));
    }

    [Fact]
    public void Case09()
    {
        Assert.Equal(Show(0L), Show(Solution.AlternatingDigitSum(121L)));
    }

    [Fact]
    public void Case10()
    {
        Assert.Equal(Show(36L), Show(Solution.AlternatingDigitSum(9090909L)));
    }

    [Fact]
    public void Case11()
    {
        Assert.Equal(Show(7L), Show(Solution.AlternatingDigitSum(-7L)));
    }

    [Fact]
    public void Case12()
    {
        Assert.Equal(Show(5L), Show(Solution.AlternatingDigitSum(123456789L)));
    }

    [Fact]
    public void Case13()
    {
        Assert.Equal(Show(0L), Show(Solution.AlternatingDigitSum(11L)));
    }
}
