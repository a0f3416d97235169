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
        Assert.Equal(Show(6L), Show(Solution.WeightedCheckDigit("305")));
    }

    [Fact]
    public void Case02()
    {
        Assert.Equal(Show(0L), Show(Solution.WeightedCheckDigit("123")));
    }

    [Fact]
    public void Case03()
    {
        Assert.Equal(Show(6L), Show(Solution.WeightedCheckDigit("4")));
    }

    [Fact]
    public void Case04()
    {
        Assert.Equal(Show(0L), Show(Solution.WeightedCheckDigit("0")));
    }

    [Fact]
    public void Case05()
    {
        Assert.Equal(Show(1L), Show(Solution.WeightedCheckDigit("9")));
    }

    [Fact]
    public void Case06()
    {
        Assert.Equal(Show(6L), Show(Solution.WeightedCheckDigit("12")));
    }

    [Fact]
    public void Case07()
    {
        Assert.Equal(Show(0L), Show(Solution.WeightedCheckDigit("0000")));
    }

    [Fact]
    public void Case08()
    {
        Assert.Equal(Show(6L), Show(Solution.WeightedCheckDigit("1000")));
    }

    [Fact]
    public void Case09()
    {
        Assert.Equal(Show(0L), Show(Solution.WeightedCheckDigit("5555")));
    }

    [Fact]
    public void Case10()
    {
        Assert.Equal(Show(3L), Show(Solution.WeightedCheckDigit("271828")));
    }

    [Fact]
    public void Case11()
    {
        Assert.Equal(Show(4L), Show(Solution.WeightedCheckDigit("11111111111")));
    }

    [Fact]
    public void Case12()
    {
        Assert.Throws<ArgumentException>(() => { Solution.WeightedCheckDigit(""); });
    }

    [Fact]
    public void Case13()
    {
        Assert.Throws<ArgumentException>(() => { Solution.WeightedCheckDigit("12a4"); });
    }

    [Fact]
    public void Case14()
    {
        Assert.Throws<ArgumentException>(() => { Solution.WeightedCheckDigit("1 2"); });
    }
}
