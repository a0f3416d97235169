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
        Assert.Equal(Show("A.L."), Show(Solution.NameInitials("ada lovelace")));
    }

    [Fact]
    public void Case02()
    {
        Assert.Equal(Show("J.P.S."), Show(Solution.NameInitials("Jean-Paul Sartre")));
    }

    [Fact]
    public void Case03()
    {
        Assert.Equal(Show(""), Show(Solution.NameInitials("")));
    }

    [Fact]
    public void Case04()
    {
        Assert.Equal(Show(""), Show(Solution.NameInitials("   ")));
    }

    [Fact]
    public void Case05()
    {
        Assert.Equal(Show("G.B.H."), Show(Solution.NameInitials("  grace   brewster  hopper ")));
    }

    [Fact]
    public void Case06()
    {
        Assert.Equal(Show("X."), Show(Solution.NameInitials("x")));
    }

    [Fact]
    public void Case07()
    {
        Assert.Equal(Show("M.J.W."), Show(Solution.NameInitials("mary-jane-watson")));
    }

    [Fact]
    public void Case08()
    {
        Assert.Equal(Show(""), Show(Solution.NameInitials("-")));
    }

    [Fact]
    public void Case09()
    {
        Assert.Equal(Show("A.M."), Show(Solution.NameInitials("anne- marie")));
    }

    [Fact]
    public void Case10()
    {
        Assert.Equal(Show("O."), Show(Solution.NameInitials("o'brien")));
    }

    [Fact]
    public void Case11()
    {
        Assert.Equal(Show("E.E.C."), Show(Solution.NameInitials("e e cummings")));
    }

    [Fact]
    public void Case12()
    {
        Assert.Equal(Show("A.T."), Show(Solution.NameInitials("ALAN TURING")));
    }

    [Fact]
    public void Case13()
    {
        Assert.Equal(Show("V.D."), Show(Solution.NameInitials("van--dyke")));
    }
}
