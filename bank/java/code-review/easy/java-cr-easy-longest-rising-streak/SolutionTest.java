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
        Assert.assertEquals(3L, Solution.longestRisingStreak(list(1L, 2L, 3L, 1L, 2L)));
    }

    @Test
    public void case02() {
        Assert.assertEquals(4L, Solution.longestRisingStreak(list(1L, 2L, 2L, 3L, 4L, 5L)));
    }

    @Test
    public void case03() {
        Assert.assertEquals(0L, Solution.longestRisingStreak(list()));
    }

    @Test
    public void case04() {
        Assert.assertEquals(1L, Solution.longestRisingStreak(list(5L)));
    }

    @Test
    public void case05() {
        Assert.assertEquals(1L, Solution.longestRisingStreak(list(3L, 3L, 3L)));
    }

    @Test
    public void case06() {
        Assert.assertEquals(1L, Solution.longestRisingStreak(list(5L, 4L, 3L, 2L)));
    }

    @Test
    public void case07() {
        Assert.assertEquals(4L, Solution.longestRisingStreak(list(-3L, -2L, -1L, 0L)));
    }

    @Test
    public void case08() {
        Assert.assertEquals(4L, Solution.longestRisingStreak(list(1L, 3L, 2L, 4L, 6L, 8L, 7L)));
    }

    @Test
    public void case09() {
        Assert.assertEquals(2L, Solution.longestRisingStreak(list(10L, 11L)));
    }

    @Test
    public void case10() {
        Assert.assertEquals(3L, Solution.longestRisingStreak(list(2L, 1L, 2L, 1L, 2L, 3L)));
    }

    @Test
    public void case11() {
        Assert.assertEquals(2L, Solution.longestRisingStreak(list(0L, 1L, 0L, 1L, 0L, 1L)));
    }
}
