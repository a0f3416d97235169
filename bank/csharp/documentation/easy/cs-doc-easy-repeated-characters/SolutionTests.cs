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
        Assert.Equal(Show("rgm"), Show(Solution.RepeatedCharacters("programming")));
    }

    [Fact]
    public void Case02()
    {
        Assert.Equal(Show("an"), Show(Solution.RepeatedCharacters("banana")));
    }

    [Fact]
    public void Case03()
    {
        Assert.Equal(Show(""), Show(Solution.RepeatedCharacters("abc")));
    }

    [Fact]
    public void Case04()
    {
        Assert.Equal(Show(""), Show(Solution.RepeatedCharacters("")));
    }

    [Fact]
    public void Case05()
    {
        Assert.Equal(Show("a"), Show(Solution.RepeatedCharacters("aa")));
    }

    [Fact]
    public void Case06()
    {
        Assert.Equal(Show(""), Show(Solution.RepeatedCharacters("aA")));
    }

    [Fact]
    public void Case07()
    {
        Assert.Equal(Show(" "), Show(Solution.RepeatedCharacters("a b c")));
    }

    [Fact]
    public void Case08()
    {
        Assert.Equal(Show("123"), Show(Solution.RepeatedCharacters("112233")));
    }

    [Fact]
    public void Case09()
    {
        Assert.Equal(Show("abc"), Show(Solution.RepeatedCharacters("abcabc")));
    }

    [Fact]
    public void Case10()
    {
        Assert.Equal(Show("z"), Show(Solution.RepeatedCharacters("zzzz")));
    }

    [Fact]
    public void Case11()
    {
        Assert.Equal(Show("lo"), Show(Solution.RepeatedCharacters("hello world")));
    }

    [Fact]
    public void Case12()
    {
        Assert.Equal(Show("isp"), Show(Solution.RepeatedCharacters("Mississippi")));
    }
}
