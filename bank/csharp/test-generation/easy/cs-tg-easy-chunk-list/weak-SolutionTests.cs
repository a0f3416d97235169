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
        Assert.Equal(Show(new List<List<long>> { new List<long> { 1L, 2L, 3L }, new List<long> { 4L, 5L, 6L }, new List<long> { 7L } }), Show(Solution.ChunkList(new List<long> { 1L, 2L, 3L, 4L, 5L, 6L, 7L }, 3L)));
    }
}
