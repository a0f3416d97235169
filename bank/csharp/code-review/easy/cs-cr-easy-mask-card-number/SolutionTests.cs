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
        Assert.Equal(Show("************1111"), Show(Solution.MaskCardNumber("4111111111111111", 4L)));
    }

    [Fact]
    public void Case02()
    {
        Assert.Equal(Show("****-****-****-1234"), Show(Solution.MaskCardNumber("4111-1111-1111-1234", 4L)));
    }

    [Fact]
    public void Case03()
    {
        Assert.Equal(Show("1234"), Show(Solution.MaskCardNumber("1234", 4L)));
    }

    [Fact]
    public void Case04()
    {
        Assert.Equal(Show("12"), Show(Solution.MaskCardNumber("12", 4L)));
    }

    [Fact]
    public void Case05()
    {
        Assert.Equal(Show(""), Show(Solution.MaskCardNumber("", 4L)));
    }

    [Fact]
    public void Case06()
    {
        Assert.Equal(Show("**** ****"), Show(Solution.MaskCardNumber("1234 5678", 0L)));
    }

    [Fact]
    public void Case07()
    {
        Assert.Equal(Show("***4 5678"), Show(Solution.MaskCardNumber("1234 5678", 5L)));
    }

    [Fact]
    public void Case08()
    {
        Assert.Equal(Show("*-*-9"), Show(Solution.MaskCardNumber("9-9-9", 1L)));
    }

    [Fact]
    public void Case09()
    {
        Assert.Equal(Show("5555 5555"), Show(Solution.MaskCardNumber("5555 5555", 8L)));
    }

    [Fact]
    public void Case10()
    {
        Assert.Throws<ArgumentException>(() => { Solution.MaskCardNumber("1234a", 2L); });
    }

    [Fact]
    public void Case11()
    {
        Assert.Throws<ArgumentException>(() => { Solution.MaskCardNumber("1234", -1L); });
    }
}
