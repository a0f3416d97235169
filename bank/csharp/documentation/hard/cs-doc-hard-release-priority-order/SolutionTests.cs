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
        Assert.Equal(Show(new List<string> { "build", "lint", "test", "deploy" }), Show(Solution.ReleaseOrder(new Dictionary<string, long> { ["build"] = 5L, ["deploy"] = 9L, ["lint"] = 4L, ["test"] = 3L }, new List<List<string>> { new List<string> { "build", "test" }, new List<string> { "lint", "test" }, new List<string> { "test", "deploy" } })));
    }

    [Fact]
    public void Case02()
    {
        Assert.Equal(Show(new List<string> { "c", "a", "b" }), Show(Solution.ReleaseOrder(new Dictionary<string, long> { ["a"] = 1L, ["b"] = 1L, ["c"] = 2L }, new List<List<string>>())));
    }

    [Fact]
    public void Case03()
    {
        Assert.Equal(Show(new List<string>()), Show(Solution.ReleaseOrder(new Dictionary<string, long>(), new List<List<string>>())));
    }

    [Fact]
    public void Case04()
    {
        Assert.Equal(Show(new List<string> { "x", "y" }), Show(Solution.ReleaseOrder(new Dictionary<string, long> { ["x"] = 1L, ["y"] = 10L }, new List<List<string>> { new List<string> { "x", "y" } })));
    }

    [Fact]
    public void Case05()
    {
        Assert.Equal(Show(new List<string> { "a", "c", "d", "b" }), Show(Solution.ReleaseOrder(new Dictionary<string, long> { ["a"] = 5L, ["b"] = 1L, ["c"] = 9L, ["d"] = 3L }, new List<List<string>> { new List<string> { "a", "c" } })));
    }

    [Fact]
    public void Case06()
    {
        Assert.Equal(Show(new List<string> { "p", "q" }), Show(Solution.ReleaseOrder(new Dictionary<string, long> { ["p"] = 1L, ["q"] = 2L }, new List<List<string>> { new List<string> { "p", "q" }, new List<string> { "p", "q" } })));
    }

    [Fact]
    public void Case07()
    {
        Assert.Equal(Show(new List<string> { "o", "m", "n" }), Show(Solution.ReleaseOrder(new Dictionary<string, long> { ["m"] = -1L, ["n"] = -5L, ["o"] = 0L }, new List<List<string>>())));
    }

    [Fact]
    public void Case08()
    {
        Assert.Equal(Show(new List<string> { "Alpha", "alpha", "beta" }), Show(Solution.ReleaseOrder(new Dictionary<string, long> { ["Alpha"] = 2L, ["alpha"] = 2L, ["beta"] = 2L }, new List<List<string>>())));
    }

    [Fact]
    public void Case09()
    {
        Assert.Equal(Show(new List<string> { "root", "left", "right", "join" }), Show(Solution.ReleaseOrder(new Dictionary<string, long> { ["join"] = 100L, ["left"] = 1L, ["right"] = 1L, ["root"] = 0L }, new List<List<string>> { new List<string> { "root", "left" }, new List<string> { "root", "right" }, new List<string> { "left", "join" }, new List<string> { "right", "join" } })));
    }

    [Fact]
    public void Case10()
    {
        Assert.Equal(Show(new List<string> { "t1", "t3", "t2", "t6", "t5", "t4", "t8", "t7" }), Show(Solution.ReleaseOrder(new Dictionary<string, long> { ["t1"] = 3L, ["t2"] = 3L, ["t3"] = 7L, ["t4"] = 1L, ["t5"] = 7L, ["t6"] = 2L, ["t7"] = 9L, ["t8"] = 0L }, new List<List<string>> { new List<string> { "t4", "t7" }, new List<string> { "t1", "t3" }, new List<string> { "t6", "t5" }, new List<string> { "t8", "t7" }, new List<string> { "t2", "t6" }, new List<string> { "t3", "t8" } })));
    }

    [Fact]
    public void Case11()
    {
        Assert.Throws<ArgumentException>(() => { Solution.ReleaseOrder(new Dictionary<string, long> { ["a"] = 1L, ["b"] = 1L }, new List<List<string>> { new List<string> { "a", "b" }, new List<string> { "b", "a" } }); });
    }

    [Fact]
    public void Case12()
    {
        Assert.Throws<ArgumentException>(() => { Solution.ReleaseOrder(new Dictionary<string, long> { ["a"] = 1L }, new List<List<string>> { new List<string> { "a", "a" } }); });
    }

    [Fact]
    public void Case13()
    {
        Assert.Throws<ArgumentException>(() => { Solution.ReleaseOrder(new Dictionary<string, long> { ["a"] = 1L }, new List<List<string>> { new List<string> { "a", "z" } }); });
    }
}
