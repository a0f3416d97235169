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
        Assert.assertEquals(4L, Solution.longestStableWindow(list(3L, 5L, 4L, 9L, 8L, 8L, 10L), 2L));
    }

    @Test
    public void case02() {
        Assert.assertEquals(3L, Solution.longestStableWindow(list(1L, 1L, 1L, 2L, 1L), 0L));
    }

    @Test
    public void case03() {
        Assert.assertEquals(0L, Solution.longestStableWindow(list(), 5L));
    }

    @Test
    public void case04() {
        Assert.assertEquals(1L, Solution.longestStableWindow(list(7L), 0L));
    }

    @Test
    public void case05() {
        Assert.assertEquals(5L, Solution.longestStableWindow(list(1L, 2L, 3L, 4L, 5L), 10L));
    }

    @Test
    public void case06() {
        Assert.assertEquals(1L, Solution.longestStableWindow(list(1L, 10L, 1L, 10L), 5L));
    }

    @Test
    public void case07() {
        Assert.assertEquals(2L, Solution.longestStableWindow(list(5L, 4L, 3L, 2L, 1L), 1L));
    }

    @Test
    public void case08() {
        Assert.assertEquals(4L, Solution.longestStableWindow(list(-3L, -1L, -2L, 4L, 5L, 3L, 6L), 3L));
    }

    @Test
    public void case09() {
        Assert.assertEquals(4L, Solution.longestStableWindow(list(2L, 2L, 2L, 2L), 0L));
    }

    @Test
    public void case10() {
        Assert.assertEquals(6L, Solution.longestStableWindow(list(1L, 3L, 1L, 3L, 1L, 3L, 8L), 2L));
    }

    @Test
    public void case11() {
        Assert.assertEquals(3L, Solution.longestStableWindow(list(10L, 1L, 2L, 3L, 10L, 11L, 12L), 2L));
    }

    @Test
    public void case12() {
        Assert.assertEquals(2L, Solution.longestStableWindow(list(0L, 100L, 0L, 100L, 50L), 50L));
    }

    @Test
    public void case13() {
        Assert.assertEquals(4L, Solution.longestStableWindow(list(4L, 6L, 5L, 7L, 3L, 5L, 6L, 4L, 8L), 3L));
    }
}
