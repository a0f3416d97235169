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
        Assert.assertEquals(1L, Solution.typoDistance("form", "from", map("delete", 1L, "insert", 1L, "replace", 1L, "swap", 1L)));
    }

    @Test
    public void case02() {
        Assert.assertEquals(3L, Solution.typoDistance("kitten", "sitting", map("delete", 1L, "insert", 1L, "replace", 1L, "swap", 1L)));
    }

    @Test
    public void case03() {
        Assert.assertEquals(6L, Solution.typoDistance("", "abc", map("delete", 3L, "insert", 2L, "replace", 4L, "swap", 1L)));
    }

    @Test
    public void case04() {
        Assert.assertEquals(9L, Solution.typoDistance("abc", "", map("delete", 3L, "insert", 2L, "replace", 4L, "swap", 1L)));
    }

    @Test
    public void case05() {
        Assert.assertEquals(2L, Solution.typoDistance("ab", "ba", map("delete", 1L, "insert", 1L, "replace", 1L, "swap", 5L)));
    }

    @Test
    public void case06() {
        Assert.assertEquals(2L, Solution.typoDistance("cat", "cut", map("delete", 1L, "insert", 1L, "replace", 5L, "swap", 1L)));
    }

    @Test
    public void case07() {
        Assert.assertEquals(3L, Solution.typoDistance("ca", "abc", map("delete", 1L, "insert", 1L, "replace", 1L, "swap", 1L)));
    }

    @Test
    public void case08() {
        Assert.assertEquals(0L, Solution.typoDistance("same", "same", map("delete", 1L, "insert", 1L, "replace", 1L, "swap", 1L)));
    }

    @Test
    public void case09() {
        Assert.assertEquals(1L, Solution.typoDistance("Abc", "abc", map("delete", 1L, "insert", 1L, "replace", 1L, "swap", 1L)));
    }

    @Test
    public void case10() {
        Assert.assertEquals(3L, Solution.typoDistance("abcdef", "badcfe", map("delete", 1L, "insert", 1L, "replace", 1L, "swap", 1L)));
    }

    @Test
    public void case11() {
        Assert.assertEquals(0L, Solution.typoDistance("xyz", "q", map("delete", 0L, "insert", 0L, "replace", 0L, "swap", 0L)));
    }

    @Test
    public void case12() {
        Assert.assertEquals(1L, Solution.typoDistance("recieve", "receive", map("delete", 3L, "insert", 3L, "replace", 2L, "swap", 1L)));
    }

    @Test
    public void case13() {
        Assert.assertEquals(5L, Solution.typoDistance("algorithm", "logarithm", map("delete", 2L, "insert", 2L, "replace", 3L, "swap", 1L)));
    }

    @Test
    public void case14() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.typoDistance("a", "b", map("delete", 1L, "insert", 1L, "replace", 1L)));
    }

    @Test
    public void case15() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.typoDistance("a", "b", map("delete", -1L, "insert", 1L, "replace", 1L, "swap", 1L)));
    }

    @Test
    public void case16() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.typoDistance("a", "b", map("copy", 0L, "delete", 1L, "insert", 1L, "replace", 1L, "swap", 1L)));
    }
}
