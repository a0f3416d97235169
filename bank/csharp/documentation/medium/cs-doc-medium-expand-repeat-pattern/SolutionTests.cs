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
        Assert.Equal(Show("aaab"), Show(Solution.ExpandPattern("a*3b")));
    }

    [Fact]
    public void Case02()
    {
        Assert.Equal(Show("ababc"), Show(Solution.ExpandPattern("(ab)*2c")));
    }

    [Fact]
    public void Case03()
    {
        Assert.Equal(Show(""), Show(Solution.ExpandPattern("")));
    }

    [Fact]
    public void Case04()
    {
        Assert.Equal(Show("abc"), Show(Solution.ExpandPattern("abc")));
    }

    [Fact]
    public void Case05()
    {
        Assert.Equal(Show("abcbcabcbc"), Show(Solution.ExpandPattern("(a(bc)*2)*2")));
    }

    [Fact]
    public void Case06()
    {
        Assert.Equal(Show("y"), Show(Solution.ExpandPattern("x*0y")));
    }

    [Fact]
    public void Case07()
    {
        Assert.Equal(Show(""), Show(Solution.ExpandPattern("(ab)*0")));
    }

    [Fact]
    public void Case08()
    {
        Assert.Equal(Show("a"), Show(Solution.ExpandPattern("()*5a")));
    }

    [Fact]
    public void Case09()
    {
        Assert.Equal(Show("a"), Show(Solution.ExpandPattern("(a)")));
    }

    [Fact]
    public void Case10()
    {
        Assert.Equal(Show("aaaaaaaaaa"), Show(Solution.ExpandPattern("a*10")));
    }

    [Fact]
    public void Case11()
    {
        Assert.Equal(Show("zzzzzz"), Show(Solution.ExpandPattern("((z)*2)*3")));
    }

    [Fact]
    public void Case12()
    {
        Assert.Equal(Show("qrrsrrst"), Show(Solution.ExpandPattern("q(r*2s)*2t")));
    }

    [Fact]
    public void Case13()
    {
        Assert.Equal(Show("ab"), Show(Solution.ExpandPattern("a*1b*01")));
    }

    [Fact]
    public void Case14()
    {
        Assert.Equal(Show("xxyyyz"), Show(Solution.ExpandPattern("(x)*2(y*3)z")));
    }
}
