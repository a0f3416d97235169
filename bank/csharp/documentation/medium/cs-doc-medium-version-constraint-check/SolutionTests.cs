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
        Assert.Equal(Show(true), Show(Solution.Satisfies("1.4.2", ">=1.2.0 <2.0.0")));
    }

    [Fact]
    public void Case02()
    {
        Assert.Equal(Show(false), Show(Solution.Satisfies("2.0.0", ">=1.2.0 <2.0.0")));
    }

    [Fact]
    public void Case03()
    {
        Assert.Equal(Show(true), Show(Solution.Satisfies("1.2.0", ">=1.2.0")));
    }

    [Fact]
    public void Case04()
    {
        Assert.Equal(Show(true), Show(Solution.Satisfies("1.10.0", ">1.9.9")));
    }

    [Fact]
    public void Case05()
    {
        Assert.Equal(Show(false), Show(Solution.Satisfies("1.10.0", "<1.9.0")));
    }

    [Fact]
    public void Case06()
    {
        Assert.Equal(Show(true), Show(Solution.Satisfies("3.0.0", "=3.0.0")));
    }

    [Fact]
    public void Case07()
    {
        Assert.Equal(Show(false), Show(Solution.Satisfies("3.0.1", "=3.0.0")));
    }

    [Fact]
    public void Case08()
    {
        Assert.Equal(Show(true), Show(Solution.Satisfies("0.5.0", "<0.1.0 || >=0.5.0")));
    }

    [Fact]
    public void Case09()
    {
        Assert.Equal(Show(false), Show(Solution.Satisfies("0.3.0", "<0.1.0 || >=0.5.0")));
    }

    [Fact]
    public void Case10()
    {
        Assert.Equal(Show(true), Show(Solution.Satisfies("2.1.0", ">=1.0.0 <2.0.0||>=2.1.0 <=2.1.0")));
    }

    [Fact]
    public void Case11()
    {
        Assert.Equal(Show(false), Show(Solution.Satisfies("1.0.0", ">1.0.0 <1.0.0")));
    }

    [Fact]
    public void Case12()
    {
        Assert.Equal(Show(false), Show(Solution.Satisfies("10.0.0", "<=9.99.99")));
    }

    [Fact]
    public void Case13()
    {
        Assert.Equal(Show(true), Show(Solution.Satisfies("0.0.0", "<=0.0.0 >=0.0.0")));
    }

    [Fact]
    public void Case14()
    {
        Assert.Equal(Show(true), Show(Solution.Satisfies("1.2.3", "  >1.2.2   <1.2.4  ")));
    }

    [Fact]
    public void Case15()
    {
        Assert.Equal(Show(false), Show(Solution.Satisfies("1.2.3", "<1.2.3 || >1.2.3 || =1.2.4")));
    }
}
