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
        Assert.assertEquals(2L, Solution.countOverlapping("banana", "ana"));
    }

    @Test
    public void case02() {
        Assert.assertEquals(3L, Solution.countOverlapping("aaaa", "aa"));
    }

    @Test
    public void case03() {
        Assert.assertEquals(0L, Solution.countOverlapping("", "a"));
    }

    @Test
    public void case04() {
        Assert.assertEquals(0L, Solution.countOverlapping("abc", "abcd"));
    }

    @Test
    public void case05() {
        Assert.assertEquals(1L, Solution.countOverlapping("abc", "abc"));
    }

    @Test
    public void case06() {
        Assert.assertEquals(1L, Solution.countOverlapping("Hello hello", "hello"));
    }

    @Test
    public void case07() {
        Assert.assertEquals(3L, Solution.countOverlapping("abababa", "aba"));
    }

    @Test
    public void case08() {
        Assert.assertEquals(1L, Solution.countOverlapping("xyz", "z"));
    }

    @Test
    public void case09() {
        Assert.assertEquals(2L, Solution.countOverlapping("mississippi", "ss"));
    }

    @Test
    public void case10() {
        Assert.assertEquals(3L, Solution.countOverlapping("aaa", "a"));
    }

    @Test
    public void case11() {
        Assert.assertEquals(3L, Solution.countOverlapping("a b a b", " "));
    }

    @Test
    public void case12() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.countOverlapping("abc", ""));
    }

    @Test
    public void case13() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.countOverlapping("", ""));
    }
}
