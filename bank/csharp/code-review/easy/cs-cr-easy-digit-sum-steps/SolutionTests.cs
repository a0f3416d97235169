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
        Assert.Equal(Show(3L), Show(Solution.DigitSumSteps(9875L)));
    }

    [Fact]
    public void Case02()
    {
        Assert.Equal(Show(2L), Show(Solution.DigitSumSteps(19L)));
    }

    [Fact]
    public void Case03()
    {
        Assert.Equal(Show(0L), Show(Solution.DigitSumSteps(0L)));
    }

    [Fact]
    public void Case04()
    {
        Assert.Equal(Show(0L), Show(Solution.DigitSumSteps(7L)));
    }

    [Fact]
    public void Case05()
    {
        Assert.Equal(Show(1L), Show(Solution.DigitSumSteps(10L)));
    }

    [Fact]
    public void Case06()
    {
        Assert.Equal(Show(2L), Show(Solution.DigitSumSteps(99L)));
    }

    [Fact]
    public void Case07()
    {
        Assert.Equal(Show(3L), Show(Solution.DigitSumSteps(199L)));
    }

    [Fact]
    public void Case08()
    {
        Assert.Equal(Show(2L), Show(Solution.DigitSumSteps(-38L)));
    }

    [Fact]
    public void Case09()
    {
        Assert.Equal(Show(0L), Show(Solution.DigitSumSteps(-5L)));
    }

    [Fact]
    public void Case10()
    {
        Assert.Equal(Show(1L), Show(Solution.DigitSumSteps(100000L)));
    }

    [Fact]
    public void Case11()
    {
        Assert.Equal(Show(2L), Show(Solution.DigitSumSteps(999999999999999L)));
    }

    [Fact]
    public void Case12()
    {
        Assert.Equal(Show(3L), Show(Solution.DigitSumSteps(1999999999999999L)));
    }
}
