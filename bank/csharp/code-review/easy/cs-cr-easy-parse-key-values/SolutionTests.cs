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
        Assert.Equal(Show(new Dictionary<string, long> { ["a"] = 1L, ["b"] = 2L }), Show(Solution.ParseKeyValues("a=1;b=2")));
    }

    [Fact]
    public void Case02()
    {
        Assert.Equal(Show(new Dictionary<string, long> { ["height"] = -3L, ["width"] = 40L }), Show(Solution.ParseKeyValues(" width = 40 ; height=-3 ")));
    }

    [Fact]
    public void Case03()
    {
        Assert.Equal(Show(new Dictionary<string, long>()), Show(Solution.ParseKeyValues("")));
    }

    [Fact]
    public void Case04()
    {
        Assert.Equal(Show(new Dictionary<string, long>()), Show(Solution.ParseKeyValues("   ")));
    }

    [Fact]
    public void Case05()
    {
        Assert.Equal(Show(new Dictionary<string, long> { ["x"] = 2L }), Show(Solution.ParseKeyValues("x=1;x=2")));
    }

    [Fact]
    public void Case06()
    {
        Assert.Equal(Show(new Dictionary<string, long> { ["n"] = 0L }), Show(Solution.ParseKeyValues("n=0")));
    }

    [Fact]
    public void Case07()
    {
        Assert.Equal(Show(new Dictionary<string, long> { ["big"] = 9007199254740991L }), Show(Solution.ParseKeyValues("big=9007199254740991")));
    }

    [Fact]
    public void Case08()
    {
        Assert.Equal(Show(new Dictionary<string, long> { ["a b"] = 5L }), Show(Solution.ParseKeyValues("a b=5")));
    }

    [Fact]
    public void Case09()
    {
        Assert.Equal(Show(new Dictionary<string, long> { ["k"] = 7L, ["m"] = -10L }), Show(Solution.ParseKeyValues("k=007;m=-10")));
    }

    [Fact]
    public void Case10()
    {
        Assert.Throws<ArgumentException>(() => { Solution.ParseKeyValues("a=1;b"); });
    }

    [Fact]
    public void Case11()
    {
        Assert.Throws<ArgumentException>(() => { Solution.ParseKeyValues("=5"); });
    }

    [Fact]
    public void Case12()
    {
        Assert.Throws<ArgumentException>(() => { Solution.ParseKeyValues("a=12x"); });
    }
}
