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
        Assert.assertEquals(list("the quick", "brown fox"), Solution.wrapWords("the quick brown fox", 10L));
    }

    @Test
    public void case02() {
        Assert.assertEquals(list("tiny", "enormousword", "x"), Solution.wrapWords("tiny enormousword x", 6L));
    }

    @Test
    public void case03() {
        Assert.assertEquals(list(), Solution.wrapWords("", 5L));
    }

    @Test
    public void case04() {
        Assert.assertEquals(list(), Solution.wrapWords("   ", 3L));
    }

    @Test
    public void case05() {
        Assert.assertEquals(list("hello"), Solution.wrapWords("hello", 5L));
    }

    @Test
    public void case06() {
        Assert.assertEquals(list("hello"), Solution.wrapWords("hello", 3L));
    }

    @Test
    public void case07() {
        Assert.assertEquals(list("a b", "c d"), Solution.wrapWords("a b c d", 3L));
    }

    @Test
    public void case08() {
        Assert.assertEquals(list("lots of", "space"), Solution.wrapWords("  lots   of    space  ", 8L));
    }

    @Test
    public void case09() {
        Assert.assertEquals(list("aa bb", "cc"), Solution.wrapWords("aa bb cc", 5L));
    }

    @Test
    public void case10() {
        Assert.assertEquals(list("aa", "bb", "cc"), Solution.wrapWords("aa bb cc", 4L));
    }

    @Test
    public void case11() {
        Assert.assertEquals(list("one two three", "four five six"), Solution.wrapWords("one two three four five six", 14L));
    }

    @Test
    public void case12() {
        Assert.assertEquals(list("x", "y"), Solution.wrapWords("x y", 1L));
    }

    @Test
    public void case13() {
        Assert.assertEquals(list("ab cd ef"), Solution.wrapWords("ab cd ef", 100L));
    }

    @Test
    public void case14() {
        Assert.assertEquals(list("go", "longwordhere", "ok no"), Solution.wrapWords("go longwordhere ok no", 5L));
    }
}
