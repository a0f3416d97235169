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
        Assert.Equal(Show(new List<string> { "0:boot", "1:login", "0:ready", "1:logout" }), Show(Solution.MergeStreams(new List<List<string>> { new List<string> { "1 boot", "5 ready" }, new List<string> { "2 login", "5 logout" } })));
    }

    [Fact]
    public void Case02()
    {
        Assert.Equal(Show(new List<string>()), Show(Solution.MergeStreams(new List<List<string>>())));
    }

    [Fact]
    public void Case03()
    {
        Assert.Equal(Show(new List<string>()), Show(Solution.MergeStreams(new List<List<string>> { new List<string>(), new List<string>() })));
    }

    [Fact]
    public void Case04()
    {
        Assert.Equal(Show(new List<string> { "2:a", "0:c", "2:b" }), Show(Solution.MergeStreams(new List<List<string>> { new List<string> { "3 c" }, new List<string>(), new List<string> { "1 a", "3 b" } })));
    }

    [Fact]
    public void Case05()
    {
        Assert.Equal(Show(new List<string> { "0:x", "0:y", "1:z" }), Show(Solution.MergeStreams(new List<List<string>> { new List<string> { "4 x", "4 y" }, new List<string> { "4 z" } })));
    }

    [Fact]
    public void Case06()
    {
        Assert.Equal(Show(new List<string> { "1:fan speed up", "0:disk full warning" }), Show(Solution.MergeStreams(new List<List<string>> { new List<string> { "10 disk full warning" }, new List<string> { "9 fan speed up" } })));
    }

    [Fact]
    public void Case07()
    {
        Assert.Equal(Show(new List<string> { "0:nine", "1:ten" }), Show(Solution.MergeStreams(new List<List<string>> { new List<string> { "9 nine" }, new List<string> { "10 ten" } })));
    }

    [Fact]
    public void Case08()
    {
        Assert.Equal(Show(new List<string> { "1:nine", "0:ten" }), Show(Solution.MergeStreams(new List<List<string>> { new List<string> { "10 ten" }, new List<string> { "9 nine" } })));
    }

    [Fact]
    public void Case09()
    {
        Assert.Equal(Show(new List<string> { "0:start" }), Show(Solution.MergeStreams(new List<List<string>> { new List<string> { "0 start" } })));
    }

    [Fact]
    public void Case10()
    {
        Assert.Equal(Show(new List<string> { "1:a", "0:b", "0:c", "1:d", "1:e", "2:f" }), Show(Solution.MergeStreams(new List<List<string>> { new List<string> { "2 b", "2 c" }, new List<string> { "1 a", "2 d", "2 e" }, new List<string> { "2 f" } })));
    }

    [Fact]
    public void Case11()
    {
        Assert.Equal(Show(new List<string> { "0:s0e0", "4:s4e0", "5:s5e0", "9:s9e1", "8:s8e2", "4:s4e4", "7:s7e4", "9:s9e5", "4:s4e7", "3:s3e8", "5:s5e8", "6:s6e8", "11:s11e8", "7:s7e10", "2:s2e12", "6:s6e13", "6:s6e15", "11:s11e16", "0:s0e17", "1:s1e17", "2:s2e17", "5:s5e17", "9:s9e17", "8:s8e18", "7:s7e20", "10:s10e20", "0:s0e21", "2:s2e21", "1:s1e22", "3:s3e25", "8:s8e26", "10:s10e26", "11:s11e26", "10:s10e27", "3:s3e28", "1:s1e29" }), Show(Solution.MergeStreams(new List<List<string>> { new List<string> { "0 s0e0", "17 s0e17", "21 s0e21" }, new List<string> { "17 s1e17", "22 s1e22", "29 s1e29" }, new List<string> { "12 s2e12", "17 s2e17", "21 s2e21" }, new List<string> { "8 s3e8", "25 s3e25", "28 s3e28" }, new List<string> { "0 s4e0", "4 s4e4", "7 s4e7" }, new List<string> { "0 s5e0", "8 s5e8", "17 s5e17" }, new List<string> { "8 s6e8", "13 s6e13", "15 s6e15" }, new List<string> { "4 s7e4", "10 s7e10", "20 s7e20" }, new List<string> { "2 s8e2", "18 s8e18", "26 s8e26" }, new List<string> { "1 s9e1", "5 s9e5", "17 s9e17" }, new List<string> { "20 s10e20", "26 s10e26", "27 s10e27" }, new List<string> { "8 s11e8", "16 s11e16", "26 s11e26" } })));
    }

    [Fact]
    public void Case12()
    {
        Assert.Equal(Show(new List<string> { "1:ev0", "3:ev0", "0:ev0", "0:ev1", "1:ev1" }), Show(Solution.MergeStreams(new List<List<string>> { new List<string> { "4 ev0", "5 ev1" }, new List<string> { "0 ev0", "5 ev1" }, new List<string>(), new List<string> { "3 ev0" } })));
    }
}
