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
        Assert.assertEquals("Hello...", Solution.truncateText("Hello, world", 8L));
    }

    @Test
    public void case02() {
        Assert.assertEquals("short", Solution.truncateText("short", 10L));
    }

    @Test
    public void case03() {
        Assert.assertEquals("", Solution.truncateText("", 3L));
    }

    @Test
    public void case04() {
        Assert.assertEquals("abc", Solution.truncateText("abc", 3L));
    }

    @Test
    public void case05() {
        Assert.assertEquals("...", Solution.truncateText("abcd", 3L));
    }

    @Test
    public void case06() {
        Assert.assertEquals("ab...", Solution.truncateText("abcdef", 5L));
    }

    @Test
    public void case07() {
        Assert.assertEquals("exact", Solution.truncateText("exact", 5L));
    }

    @Test
    public void case08() {
        Assert.assertEquals("exa...", Solution.truncateText("exactly", 6L));
    }

    @Test
    public void case09() {
        Assert.assertEquals(" ...", Solution.truncateText("  spaced  ", 4L));
    }

    @Test
    public void case10() {
        Assert.assertEquals("a", Solution.truncateText("a", 100L));
    }

    @Test
    public void case11() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.truncateText("abc", 2L));
    }

    @Test
    public void case12() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.truncateText("", 0L));
    }

    @Test
    public void case13() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.truncateText("x", -1L));
    }
}
