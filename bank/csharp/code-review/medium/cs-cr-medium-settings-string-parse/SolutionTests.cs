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
        Assert.Equal(Show(new Dictionary<string, string> { ["a"] = "1", ["b"] = "two", ["c"] = "" }), Show(Solution.ParseSettings("a=1; b = two ;c=")));
    }

    [Fact]
    public void Case02()
    {
        Assert.Equal(Show(new Dictionary<string, string> { ["x"] = "2" }), Show(Solution.ParseSettings("x=1;x=2")));
    }

    [Fact]
    public void Case03()
    {
        Assert.Equal(Show(new Dictionary<string, string>()), Show(Solution.ParseSettings("")));
    }

    [Fact]
    public void Case04()
    {
        Assert.Equal(Show(new Dictionary<string, string>()), Show(Solution.ParseSettings(" ; ;")));
    }

    [Fact]
    public void Case05()
    {
        Assert.Equal(Show(new Dictionary<string, string> { ["url"] = "http://h/?q=1" }), Show(Solution.ParseSettings("url=http://h/?q=1")));
    }

    [Fact]
    public void Case06()
    {
        Assert.Equal(Show(new Dictionary<string, string> { ["Name"] = "A", ["name"] = "B" }), Show(Solution.ParseSettings("Name=A;name=B")));
    }

    [Fact]
    public void Case07()
    {
        Assert.Equal(Show(new Dictionary<string, string> { ["k"] = "spaced value" }), Show(Solution.ParseSettings("k = spaced value ")));
    }

    [Fact]
    public void Case08()
    {
        Assert.Equal(Show(new Dictionary<string, string> { ["a"] = "1", ["b"] = "2" }), Show(Solution.ParseSettings("a=1;;b=2;")));
    }

    [Fact]
    public void Case09()
    {
        Assert.Equal(Show(new Dictionary<string, string> { ["key"] = "=" }), Show(Solution.ParseSettings("  key  =  =  ")));
    }

    [Fact]
    public void Case10()
    {
        Assert.Equal(Show(new Dictionary<string, string> { ["empty"] = "" }), Show(Solution.ParseSettings("empty=")));
    }

    [Fact]
    public void Case11()
    {
        Assert.Equal(Show(new Dictionary<string, string> { ["level"] = "3", ["mode"] = "safe" }), Show(Solution.ParseSettings("mode=fast;level=3;mode=safe")));
    }

    [Fact]
    public void Case12()
    {
        Assert.Throws<ArgumentException>(() => { Solution.ParseSettings("a=1;b"); });
    }

    [Fact]
    public void Case13()
    {
        Assert.Throws<ArgumentException>(() => { Solution.ParseSettings("=5"); });
    }

    [Fact]
    public void Case14()
    {
        Assert.Throws<ArgumentException>(() => { Solution.ParseSettings("a=1; =2"); });
    }
}
