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
        Assert.Equal(Show(new List<long> { 3L, 2L, 2L, 0L }), Show(Solution.PrefixTally(new List<string> { "add car", "add cart", "add cat", "count ca", "count car", "distinct car", "count dog" })));
    }

    [Fact]
    public void Case02()
    {
        Assert.Equal(Show(new List<long> { 3L, 2L, 2L, 2L, 1L, 1L }), Show(Solution.PrefixTally(new List<string> { "add a", "add a", "add ab", "count a", "distinct a", "del a", "count a", "distinct a", "del a", "distinct a", "count a" })));
    }

    [Fact]
    public void Case03()
    {
        Assert.Equal(Show(new List<long> { 1L }), Show(Solution.PrefixTally(new List<string> { "del x", "add x", "del y", "count x" })));
    }

    [Fact]
    public void Case04()
    {
        Assert.Equal(Show(new List<long> { 0L, 1L }), Show(Solution.PrefixTally(new List<string> { "add go", "count gopher", "count g" })));
    }

    [Fact]
    public void Case05()
    {
        Assert.Equal(Show(new List<long>()), Show(Solution.PrefixTally(new List<string>())));
    }

    [Fact]
    public void Case06()
    {
        Assert.Equal(Show(new List<long> { 1L, 1L }), Show(Solution.PrefixTally(new List<string> { "add apple", "del app", "count app", "distinct apple" })));
    }

    [Fact]
    public void Case07()
    {
        Assert.Equal(Show(new List<long> { 0L, 2L, 1L }), Show(Solution.PrefixTally(new List<string> { "add tea", "del tea", "count t", "add tea", "add ten", "distinct te", "count tea" })));
    }

    [Fact]
    public void Case08()
    {
        Assert.Equal(Show(new List<long> { 3L, 2L, 1L, 1L }), Show(Solution.PrefixTally(new List<string> { "add in", "add inn", "add inner", "count in", "count inn", "count inne", "distinct inner" })));
    }

    [Fact]
    public void Case09()
    {
        Assert.Equal(Show(new List<long> { 1L, 2L, 0L, 0L }), Show(Solution.PrefixTally(new List<string> { "add zz", "add zz", "add zz", "del zz", "distinct z", "count zz", "del zz", "del zz", "del zz", "count z", "distinct zz" })));
    }

    [Fact]
    public void Case10()
    {
        Assert.Equal(Show(new List<long> { 0L, 0L, 1L, 1L, 0L, 0L, 0L, 3L, 5L, 2L, 0L, 5L, 2L, 2L }), Show(Solution.PrefixTally(new List<string> { "add baa", "add a", "count aba", "add aaa", "add bb", "distinct ab", "del b", "add bb", "count ba", "del bba", "distinct baa", "add a", "count bba", "add ab", "distinct aab", "distinct abb", "distinct a", "del b", "add a", "del aab", "del abb", "add ba", "add bb", "add a", "add b", "add b", "del ab", "del abb", "add bbb", "del ab", "add bb", "add bb", "distinct b", "add aaa", "distinct a", "add b", "distinct bab", "distinct b", "count ba", "count aaa" })));
    }
}
