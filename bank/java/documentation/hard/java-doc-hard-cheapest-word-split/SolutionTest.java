import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class SolutionTest {
    @SafeVarargs
    private static <T> List<T> list(T... items) {
        return new ArrayList<>(Arrays.asList(items));
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> map(Object... keysAndValues) {
        Map<String, V> map = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], (V) keysAndValues[i + 1]);
        }
        return map;
    }

    @Test
    public void case01() {
        Assert.assertEquals(list("cat", "sand"), Solution.cheapestSplit("catsand", map("and", 2L, "cat", 3L, "cats", 4L, "sand", 2L)));
    }

    @Test
    public void case02() {
        Assert.assertEquals(list(), Solution.cheapestSplit("", map()));
    }

    @Test
    public void case03() {
        Assert.assertEquals(list("abc"), Solution.cheapestSplit("abc", map("a", 1L, "abc", 3L, "b", 1L, "c", 1L)));
    }

    @Test
    public void case04() {
        Assert.assertEquals(list("a", "bcd"), Solution.cheapestSplit("abcd", map("a", 1L, "ab", 1L, "bcd", 1L, "cd", 1L)));
    }

    @Test
    public void case05() {
        Assert.assertEquals(list("aa", "aa"), Solution.cheapestSplit("aaaa", map("a", 0L, "aa", 0L)));
    }

    @Test
    public void case06() {
        Assert.assertEquals(list("x", "y", "z"), Solution.cheapestSplit("xyz", map("x", 1L, "xyz", 10L, "y", 1L, "z", 1L)));
    }

    @Test
    public void case07() {
        Assert.assertEquals(list("pen", "pineapple"), Solution.cheapestSplit("penpineapple", map("apple", 2L, "pen", 1L, "pine", 2L, "pineapple", 3L)));
    }

    @Test
    public void case08() {
        Assert.assertEquals(list("AB"), Solution.cheapestSplit("AB", map("A", 1L, "AB", 2L, "B", 1L, "a", 0L)));
    }

    @Test
    public void case09() {
        Assert.assertEquals(list("a", "bab"), Solution.cheapestSplit("abab", map("a", 1L, "ab", 2L, "aba", 2L, "b", 1L, "ba", 2L, "bab", 2L)));
    }

    @Test
    public void case10() {
        Assert.assertEquals(list("A", "b"), Solution.cheapestSplit("Ab", map("A", 1L, "ab", 0L, "b", 1L)));
    }

    @Test
    public void case11() {
        Assert.assertEquals(list("ab", "ab", "ba", "ba", "ab"), Solution.cheapestSplit("ababbabaab", map("a", 2L, "ab", 3L, "abb", 4L, "b", 2L, "ba", 3L, "baa", 4L, "bab", 5L)));
    }

    @Test
    public void case12() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.cheapestSplit("dog", map("do", 1L)));
    }

    @Test
    public void case13() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.cheapestSplit("abc", map()));
    }
}
